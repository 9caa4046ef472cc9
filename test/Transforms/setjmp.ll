; A function that calls setjmp (returns_twice) keeps its allocations: after
; longjmp, a second return from setjmp may reach code that expects the old
; heap block, and the frame's slots are not restored.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.jmp_buf = type { [8 x i64], i32, [16 x i64] }

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)
declare i32 @_setjmp(ptr) returns_twice
declare i32 @custom_returns_twice() returns_twice
declare i32 @llvm.eh.sjlj.setjmp(ptr)
declare i32 @swapcontext(ptr, ptr)
@ctx = global [1024 x i8] zeroinitializer
@ctx2 = global [1024 x i8] zeroinitializer

@jb = global %struct.jmp_buf zeroinitializer

; negative: if (setjmp(jb) == 0) { p = malloc; use(p); free(p); }
define void @calls_setjmp() {
; CHECK-LABEL: define void @calls_setjmp(
; CHECK-NOT:     alloca
; CHECK:         %p = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %p)
entry:
  %r = call i32 @_setjmp(ptr @jb)
  %z = icmp eq i32 %r, 0
  br i1 %z, label %body, label %out
body:
  %p = call ptr @malloc(i64 16)
  call void @use(ptr %p)
  call void @free(ptr %p)
  br label %out
out:
  ret void
}

; negative: returns_twice on the call site of any callee counts.
define void @calls_returns_twice_callsite() {
; CHECK-LABEL: define void @calls_returns_twice_callsite(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %p = call ptr @malloc(i64 16)
  %r = call i32 @custom_returns_twice()
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; positive: a function that only refers to setjmp's jmp_buf (e.g. the one
; that calls longjmp) is not affected.
declare void @longjmp(ptr, i32) noreturn
define void @calls_longjmp_only(i1 %c) {
; CHECK-LABEL: define void @calls_longjmp_only(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
entry:
  %p = call ptr @malloc(i64 16)
  call void @use(ptr %p)
  call void @free(ptr %p)
  br i1 %c, label %jump, label %out
jump:
  call void @longjmp(ptr @jb, i32 1)
  unreachable
out:
  ret void
}

; negative: __builtin_setjmp is llvm.eh.sjlj.setjmp, which LLVM does not
; mark returns_twice; __builtin_longjmp comes back to it all the same.
define void @calls_builtin_setjmp() {
; CHECK-LABEL: define void @calls_builtin_setjmp(
; CHECK-NEXT:    %r = call i32 @llvm.eh.sjlj.setjmp(ptr @jb)
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %r = call i32 @llvm.eh.sjlj.setjmp(ptr @jb)
  %p = call ptr @malloc(i64 16)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: a context saved by swapcontext may be resumed (setcontext) more
; than once, each time as if swapcontext had returned.
define void @calls_swapcontext() {
; CHECK-LABEL: define void @calls_swapcontext(
; CHECK-NEXT:    %r = call i32 @swapcontext(ptr @ctx, ptr @ctx2)
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %r = call i32 @swapcontext(ptr @ctx, ptr @ctx2)
  %p = call ptr @malloc(i64 16)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}
