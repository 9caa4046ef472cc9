; Rotated loops free the current instance through a phi: the loop rule
; follows the names that certainly hold the instance (the call, and phis
; whose incoming value on the edge taken is such a name).
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)

; positive: p = malloc(); while (...) { use(p); free(p); p = malloc(); }
; free(p); -- both sites promoted, each with its own entry-block slot.
define void @rotated(i32 %n) {
; CHECK-LABEL: define void @rotated(
; CHECK-NEXT:  entry:
; CHECK-DAG:     %next.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %pre.stack = alloca [16 x i8], align 16
; CHECK:         call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %pre.stack)
; CHECK-NEXT:    br label %loop
; CHECK:       loop:
; CHECK-NEXT:    %i = phi i32
; CHECK-NEXT:    %cur = phi ptr [ %pre.stack, %entry ], [ %next.stack, %loop ]
; CHECK-NEXT:    call void @use(ptr %cur)
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %next.stack)
; CHECK-NOT:     @free
; CHECK-NOT:     alloca
; CHECK:       }
entry:
  %pre = call ptr @malloc(i64 16)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %cur = phi ptr [ %pre, %entry ], [ %next, %loop ]
  call void @use(ptr %cur)
  call void @free(ptr %cur)
  %next = call ptr @malloc(i64 16)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  %last = phi ptr [ %next, %loop ]
  call void @free(ptr %last)
  ret void
}

; negative: on one path the phi that is freed holds another object, so the
; instance from the call may still be alive when the call runs again.
define void @phi_not_certain(i32 %n, i1 %k) {
; CHECK-LABEL: define void @phi_not_certain(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %pre = call ptr @malloc(i64 16)
; CHECK-NEXT:    %other = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %cur)
; CHECK-NEXT:    %next = call ptr @malloc(i64 16)
entry:
  %pre = call ptr @malloc(i64 16)
  %other = call ptr @malloc(i64 16)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %cur = phi ptr [ %pre, %entry ], [ %sel, %latch ]
  call void @use(ptr %cur)
  call void @free(ptr %cur)
  %next = call ptr @malloc(i64 16)
  br i1 %k, label %a, label %latch
a:
  br label %latch
latch:
  %sel = phi ptr [ %next, %loop ], [ %other, %a ]
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: the phi holds the instance on entry to the loop body, but is
; reassigned (to the previous instance) before the free; the free of the
; header phi frees the older one. The instance from the call survives into
; the next iteration.
define void @freed_older_instance(i32 %n) {
; CHECK-LABEL: define void @freed_older_instance(
; CHECK-NOT:     alloca [
; CHECK:         %cur = call ptr @malloc(i64 16)
entry:
  %first = call ptr @malloc(i64 16)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %prev = phi ptr [ %first, %entry ], [ %cur, %loop ]
  %cur = call ptr @malloc(i64 16)
  call void @use(ptr %prev)
  call void @free(ptr %prev)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  call void @free(ptr %cur)
  ret void
}

; positive: `while ((p = malloc(16)) != NULL) { use(p); free(p); }`-style
; null test on a phi name: the phi certainly holds the instance, so its null
; edge carries none.
define void @null_test_on_phi(i32 %n) {
; CHECK-LABEL: define void @null_test_on_phi(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %p = call ptr @malloc(i64 16)
  br label %check
check:
  %q = phi ptr [ %p, %loop ]
  %isnull = icmp eq ptr %q, null
  br i1 %isnull, label %latch, label %body
body:
  call void @use(ptr %q)
  call void @free(ptr %q)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
