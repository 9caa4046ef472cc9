; Recursion the direct call graph does not show: through a function pointer,
; or through an external function handed the function's own address. Each
; active frame would carry its own promoted slot, so, as for direct
; recursion, the allocation must stay on the heap.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)
declare void @walk(ptr, i32)

; negative: calls itself through a function pointer loaded from a global
; that holds its own address.
@fp = global ptr @via_pointer
define void @via_pointer(i32 %n) {
; CHECK-LABEL: define void @via_pointer(
; CHECK-NEXT:    %p = call ptr @malloc(i64 32)
  %p = call ptr @malloc(i64 32)
  call void @use(ptr %p)
  %f = load ptr, ptr @fp
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %rec, label %done
rec:
  %m = sub i32 %n, 1
  call void %f(i32 %m)
  br label %done
done:
  call void @free(ptr %p)
  ret void
}

; negative: hands its own address to an external walker, which calls it
; back (a tree visitor).
define void @visitor(i32 %n) {
; CHECK-LABEL: define void @visitor(
; CHECK-NEXT:    %p = call ptr @malloc(i64 32)
  %p = call ptr @malloc(i64 32)
  call void @use(ptr %p)
  call void @walk(ptr @visitor, i32 %n)
  call void @free(ptr %p)
  ret void
}
