; A pointer printed with %p leaves as text, exactly like a ptrtoint: the text
; can be parsed back (sscanf "%p") into a pointer the analysis cannot follow.
; Here the only free of the buffer goes through the parsed pointer: after
; promotion, that free would be handed a stack address. The buffer must stay
; on the heap.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @sscanf(ptr, ptr, ...)

@pfmt = private constant [3 x i8] c"%p\00"

; negative: char handle[32]; snprintf(handle, 32, "%p", obj);
; void *back; sscanf(handle, "%p", &back); free(back);
define void @handle_round_trip() {
; CHECK-LABEL: define void @handle_round_trip(
; CHECK:         %obj = call ptr @malloc(i64 64)
; CHECK:         call void @free(ptr %back)
  %handle = alloca [32 x i8], align 16
  %slot = alloca ptr, align 8
  %obj = call ptr @malloc(i64 64)
  store i32 7, ptr %obj
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @pfmt, ptr %obj)
  %m = call i32 (ptr, ptr, ...) @sscanf(ptr %handle, ptr @pfmt, ptr %slot)
  %back = load ptr, ptr %slot
  call void @free(ptr %back)
  ret void
}

; negative: a format nobody can read (not a constant) may print any pointer
; argument with %p.
define void @unknown_format(ptr %fmt) {
; CHECK-LABEL: define void @unknown_format(
; CHECK-NEXT:    %handle = alloca [32 x i8], align 16
; CHECK-NEXT:    %obj = call ptr @malloc(i64 64)
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr %fmt, ptr %obj)
  call void @free(ptr %obj)
  ret void
}

; positive: a constant format without %p reads the argument as a string.
@sfmt = private constant [3 x i8] c"%s\00"
define void @string_format() {
; CHECK-LABEL: define void @string_format(
; CHECK-NEXT:    %obj.stack = alloca [64 x i8], align 16
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  store i8 0, ptr %obj
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @sfmt, ptr %obj)
  call void @free(ptr %obj)
  ret void
}
