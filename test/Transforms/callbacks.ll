; Functions below a callback (an address-taken function: a thread's start
; routine, a signal handler, a stdio cookie function) may be re-entered
; through libc, and may run on a small stack.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s
; RUN: %opt -passes=heap-to-stack -escape-max-callback-chain-size=8192 -S < %s \
; RUN:   | FileCheck %s --check-prefix=WIDE
; RUN: %opt -passes=heap-to-stack -pass-remarks-missed=escape -disable-output \
; RUN:   < %s 2>&1 | FileCheck %s --check-prefix=REMARK

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)
declare i64 @fwrite(ptr nocapture, i64, i64, ptr nocapture)
declare i64 @strlen(ptr nocapture)

@table = global [3 x ptr] [ptr @writes_to_stream, ptr @only_string_calls, ptr @big_buffer]

; negative: reachable from a callback (itself) and calls fwrite, which may
; run a fopencookie stream's functions, and through them this function.
; REMARK: malloc(32) does not escape, but stays on heap: recursive function
define void @writes_to_stream(ptr %f) {
; CHECK-LABEL: define void @writes_to_stream(
; CHECK-NEXT:    %p = call ptr @malloc(i64 32)
  %p = call ptr @malloc(i64 32)
  call void @use(ptr %p)
  %n = call i64 @fwrite(ptr %p, i64 1, i64 32, ptr %f)
  call void @free(ptr %p)
  ret void
}

; positive: the same call, in a function no callback reaches.
define void @writes_not_called_back(ptr %f) {
; CHECK-LABEL: define void @writes_not_called_back(
; CHECK-NEXT:    %p.stack = alloca [32 x i8], align 16
  %p = call ptr @malloc(i64 32)
  call void @use(ptr %p)
  %n = call i64 @fwrite(ptr %p, i64 1, i64 32, ptr %f)
  call void @free(ptr %p)
  ret void
}

; positive: a callback that calls only libc functions known never to call
; back (string.h, allocation) promotes, within the callback budget.
define i64 @only_string_calls() {
; CHECK-LABEL: define i64 @only_string_calls(
; CHECK-NEXT:    %p.stack = alloca [1024 x i8], align 16
  %p = call ptr @malloc(i64 1024)
  store i8 0, ptr %p
  %n = call i64 @strlen(ptr %p)
  call void @free(ptr %p)
  ret i64 %n
}

; negative: 4000 bytes exceed the callback budget (2048 by default) ...
; REMARK: malloc(4000) does not escape, but stays on heap: callback stack budget exhausted (2048 bytes)
; positive: ... and fit a wider one.
define void @big_buffer() {
; CHECK-LABEL: define void @big_buffer(
; CHECK-NEXT:    %p = call ptr @malloc(i64 4000)
; WIDE-LABEL:  define void @big_buffer(
; WIDE-NEXT:     %p.stack = alloca [4000 x i8], align 16
  %p = call ptr @malloc(i64 4000)
  store i8 0, ptr %p
  %n = call i64 @strlen(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: a direct callee of a callback shares its budget: 1500 bytes here
; plus 1024 below (only_string_calls) exceed 2048.
; REMARK: malloc(1500) does not escape, but stays on heap: callback stack budget exhausted (2048 bytes)
; REMARK-NOT: remark
define i64 @calls_string_callback() {
; CHECK-LABEL: define i64 @calls_string_callback(
; CHECK-NEXT:    %p = call ptr @malloc(i64 1500)
  %p = call ptr @malloc(i64 1500)
  store i8 0, ptr %p
  %l = call i64 @strlen(ptr %p)
  %n = call i64 @only_string_calls()
  call void @free(ptr %p)
  ret i64 %n
}
@other = global ptr @calls_string_callback
