; The libc models end to end: what they let through is promoted, what they
; flag stays on the heap.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i64 @strlen(ptr)
declare ptr @strchr(ptr, i32)
declare ptr @strcpy(ptr, ptr)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @sscanf(ptr, ptr, ...)
declare i64 @strtol(ptr, ptr, i32)
declare ptr @strtok(ptr, ptr)
declare ptr @realloc(ptr, i64)
declare i64 @malloc_usable_size(ptr)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @puts(ptr)

@g = global ptr null
@gend = global ptr null
@dfmt = private constant [3 x i8] c"%d\00"
@src = private constant [6 x i8] c"hello\00"

; positive: build a string in a buffer and measure it.
define i64 @format_and_measure(i32 %x) {
; CHECK-LABEL: define i64 @format_and_measure(
; CHECK-NEXT:    %buf.stack = alloca [32 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %buf.stack)
; CHECK-NEXT:    %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf.stack, i64 32, ptr @dfmt, i32 %x)
; CHECK-NEXT:    %len = call i64 @strlen(ptr %buf.stack)
; CHECK-NEXT:    %r = call i32 @puts(ptr %buf.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %buf.stack)
; CHECK-NEXT:    ret i64 %len
  %buf = call ptr @malloc(i64 32)
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 32, ptr @dfmt, i32 %x)
  %len = call i64 @strlen(ptr %buf)
  %r = call i32 @puts(ptr %buf)
  call void @free(ptr %buf)
  ret i64 %len
}

; positive: strcpy into the buffer, strchr in it, result used locally.
define i8 @copy_and_search() {
; CHECK-LABEL: define i8 @copy_and_search(
; CHECK-NEXT:    %buf.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %buf.stack)
; CHECK-NEXT:    %d = call ptr @strcpy(ptr %buf.stack, ptr @src)
; CHECK-NEXT:    %l = call ptr @strchr(ptr %d, i32 108)
  %buf = call ptr @malloc(i64 16)
  %d = call ptr @strcpy(ptr %buf, ptr @src)
  %l = call ptr @strchr(ptr %d, i32 108)
  %c = load i8, ptr %l
  call void @free(ptr %buf)
  ret i8 %c
}

; negative: the strchr result is stored to a global.
define void @search_result_published() {
; CHECK-LABEL: define void @search_result_published(
; CHECK-NEXT:    %buf = call ptr @malloc(i64 16)
  %buf = call ptr @malloc(i64 16)
  %d = call ptr @strcpy(ptr %buf, ptr @src)
  %l = call ptr @strchr(ptr %buf, i32 108)
  store ptr %l, ptr @g
  ret void
}

; negative: strtol's endptr is a global.
define i64 @parse_global_end() {
; CHECK-LABEL: define i64 @parse_global_end(
; CHECK-NEXT:    %buf = call ptr @malloc(i64 16)
  %buf = call ptr @malloc(i64 16)
  %d = call ptr @strcpy(ptr %buf, ptr @src)
  %v = call i64 @strtol(ptr %buf, ptr @gend, i32 10)
  ret i64 %v
}

; positive: strtol's endptr is a local.
define i64 @parse_local_end() {
; CHECK-LABEL: define i64 @parse_local_end(
; CHECK-NEXT:    %buf.stack = alloca [16 x i8], align 16
  %end = alloca ptr
  %buf = call ptr @malloc(i64 16)
  %d = call ptr @strcpy(ptr %buf, ptr @src)
  %v = call i64 @strtol(ptr %buf, ptr %end, i32 10)
  call void @free(ptr %buf)
  ret i64 %v
}

; negative: strtok keeps the string.
define void @tokenize() {
; CHECK-LABEL: define void @tokenize(
; CHECK-NEXT:    %buf = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %buf)
  %buf = call ptr @malloc(i64 16)
  %t = call ptr @strtok(ptr %buf, ptr @dfmt)
  call void @free(ptr %buf)
  ret void
}

; negative: realloc frees the old block.
define void @grow() {
; CHECK-LABEL: define void @grow(
; CHECK-NEXT:    %buf = call ptr @malloc(i64 16)
; CHECK-NEXT:    %big = call ptr @realloc(ptr %buf, i64 64)
; CHECK-NEXT:    call void @free(ptr %big)
  %buf = call ptr @malloc(i64 16)
  %big = call ptr @realloc(ptr %buf, i64 64)
  call void @free(ptr %big)
  ret void
}

; negative: malloc_usable_size looks at the heap block.
define i64 @usable() {
; CHECK-LABEL: define i64 @usable(
; CHECK-NEXT:    %buf = call ptr @malloc(i64 16)
; CHECK-NEXT:    %n = call i64 @malloc_usable_size(ptr %buf)
; CHECK-NEXT:    call void @free(ptr %buf)
  %buf = call ptr @malloc(i64 16)
  %n = call i64 @malloc_usable_size(ptr %buf)
  call void @free(ptr %buf)
  ret i64 %n
}

; negative: another thread gets the buffer (and this frame may return before
; the thread is done with it).
define internal ptr @worker(ptr %arg) {
  ret ptr null
}
define void @spawn() {
; CHECK-LABEL: define void @spawn(
; CHECK-NEXT:    %tid = alloca i64, align 8
; CHECK-NEXT:    %arg = call ptr @malloc(i64 32)
  %tid = alloca i64
  %arg = call ptr @malloc(i64 32)
  %r = call i32 @pthread_create(ptr %tid, ptr null, ptr @worker, ptr %arg)
  ret void
}

; negative: sscanf may write any pointer into the slot (%p): the free of the
; reloaded pointer may free something else, so p and that free stay.
@pfmt = private constant [3 x i8] c"%p\00"
define void @scanned_pointer_freed(ptr %text) {
; CHECK-LABEL: define void @scanned_pointer_freed(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %slot, align 8
; CHECK-NEXT:    %n = call i32 (ptr, ptr, ...) @sscanf(ptr %text, ptr @pfmt, ptr %slot)
; CHECK-NEXT:    %q = load ptr, ptr %slot, align 8
; CHECK-NEXT:    call void @free(ptr %q)
  %slot = alloca ptr
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  %n = call i32 (ptr, ptr, ...) @sscanf(ptr %text, ptr @pfmt, ptr %slot)
  %q = load ptr, ptr %slot
  call void @free(ptr %q)
  ret void
}
