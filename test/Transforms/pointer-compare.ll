; An ordered comparison of two pointers into different objects (or against
; an integer made into a pointer) reveals address bits, as ptrtoint would:
; a program can find an address by bisection. Within one object the order
; says nothing about where the object is.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; positive: a pointer loop bounded by the end of the same buffer.
define i64 @walk_own_buffer() {
; CHECK-LABEL: define i64 @walk_own_buffer(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p.stack = alloca [64 x i8], align 16
entry:
  %p = call ptr @malloc(i64 64)
  %end = getelementptr inbounds i8, ptr %p, i64 64
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q.next, %loop ]
  %n = phi i64 [ 0, %entry ], [ %n.next, %loop ]
  store i8 1, ptr %q
  %q.next = getelementptr inbounds i8, ptr %q, i64 1
  %n.next = add i64 %n, 1
  %more = icmp ult ptr %q.next, %end
  br i1 %more, label %loop, label %done
done:
  call void @free(ptr %p)
  ret i64 %n
}

; negative: compared against an address made from an integer.
define i1 @against_integer(i64 %guess) {
; CHECK-LABEL: define i1 @against_integer(
; CHECK-NEXT:    %p = call ptr @malloc(i64 64)
  %p = call ptr @malloc(i64 64)
  %g = inttoptr i64 %guess to ptr
  %below = icmp ult ptr %p, %g
  call void @free(ptr %p)
  ret i1 %below
}

; negative: compared against another object; equality tests are fine.
define i1 @against_other(ptr %other) {
; CHECK-LABEL: define i1 @against_other(
; CHECK-NEXT:    %p.stack = alloca [64 x i8], align 16
; CHECK:         %q = call ptr @malloc(i64 64)
  %p = call ptr @malloc(i64 64)
  %q = call ptr @malloc(i64 64)
  %same = icmp eq ptr %p, %other
  %below = icmp slt ptr %q, %other
  %r = and i1 %same, %below
  call void @free(ptr %p)
  call void @free(ptr %q)
  ret i1 %r
}
