; A pointer whose bytes are written out (write, fwrite) leaves the function
; as data: it can come back through read/fread as a pointer the analysis
; cannot follow (passing task pointers through a pipe is a common pattern).
; Here the only free of the buffer goes through the pointer read back: after
; promotion that free would get a stack address. Writing a pointer-holding
; object's bytes must count as exposing the pointers it holds.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i64 @write(i32, ptr, i64)
declare i64 @read(i32, ptr, i64)
declare i64 @fwrite(ptr, i64, i64, ptr)
declare i64 @fread(ptr, i64, i64, ptr)

; negative: int *task = malloc(32); write(wfd, &task, 8);
; int *got; read(rfd, &got, 8); free(got);
define i32 @through_pipe(i32 %rfd, i32 %wfd) {
; CHECK-LABEL: define i32 @through_pipe(
; CHECK-NOT:     alloca [
; CHECK:         %task = call ptr @malloc(i64 32)
; CHECK:         call void @free(ptr %got)
  %slot = alloca ptr, align 8
  %back = alloca ptr, align 8
  %task = call ptr @malloc(i64 32)
  store i32 42, ptr %task
  store ptr %task, ptr %slot
  %w = call i64 @write(i32 %wfd, ptr %slot, i64 8)
  %r = call i64 @read(i32 %rfd, ptr %back, i64 8)
  %got = load ptr, ptr %back
  %v = load i32, ptr %got
  call void @free(ptr %got)
  ret i32 %v
}

; negative: the same through a stdio stream.
define i32 @through_file(ptr %f) {
; CHECK-LABEL: define i32 @through_file(
; CHECK-NOT:     alloca [
; CHECK:         %task = call ptr @malloc(i64 32)
; CHECK:         call void @free(ptr %got)
  %slot = alloca ptr, align 8
  %back = alloca ptr, align 8
  %task = call ptr @malloc(i64 32)
  store ptr %task, ptr %slot
  %w = call i64 @fwrite(ptr %slot, i64 8, i64 1, ptr %f)
  %r = call i64 @fread(ptr %back, i64 8, i64 1, ptr %f)
  %got = load ptr, ptr %back
  %v = load i32, ptr %got
  call void @free(ptr %got)
  ret i32 %v
}

; positive: writing a buffer of plain bytes exposes nothing.
define void @plain_bytes(i32 %wfd) {
; CHECK-LABEL: define void @plain_bytes(
; CHECK-NEXT:    %buf.stack = alloca [32 x i8], align 16
  %buf = call ptr @malloc(i64 32)
  store i64 0, ptr %buf
  %w = call i64 @write(i32 %wfd, ptr %buf, i64 32)
  call void @free(ptr %buf)
  ret void
}

; negative: printf("%s", holder) prints the bytes of the pointer it holds;
; inner stays on the heap (the holder itself may move).
declare i32 @printf(ptr, ...)
@sfmt = private constant [3 x i8] c"%s\00"
define void @printed_as_string() {
; CHECK-LABEL: define void @printed_as_string(
; CHECK-NEXT:    %holder.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %holder.stack)
; CHECK-NEXT:    %inner = call ptr @malloc(i64 16)
  %holder = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 16)
  store ptr %inner, ptr %holder
  %r = call i32 (ptr, ...) @printf(ptr @sfmt, ptr %holder)
  call void @free(ptr %inner)
  call void @free(ptr %holder)
  ret void
}
