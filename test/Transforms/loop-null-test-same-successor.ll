; The loop rule's null-test exception (`if (!p) continue;`: no instance lives
; on the null edge) must not drop the non-null edge when both edges of the
; branch go to the same block. Here every node of a list built in the loop
; is kept alive through the list: one reused slot would link the node to
; itself and the walk would never end.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; negative: `br i1 (node == null), %latch, %latch`.
; CHECK-LABEL: define i32 @list(
; CHECK-NOT:     alloca
; CHECK:         %node = call ptr @malloc(i64 16)
; CHECK-NOT:     alloca
; CHECK:       }
define i32 @list(i32 %n) {
entry:
  br label %build
build:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %head = phi ptr [ null, %entry ], [ %node, %latch ]
  %node = call ptr @malloc(i64 16)
  store ptr %head, ptr %node
  %val = getelementptr inbounds i8, ptr %node, i64 8
  store i32 %i, ptr %val
  %isnull = icmp eq ptr %node, null
  br i1 %isnull, label %latch, label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %build, label %walk.loop
walk.loop:
  %walk = phi ptr [ %node, %latch ], [ %next, %walk.body ]
  %sum = phi i32 [ 0, %latch ], [ %sum.next, %walk.body ]
  %done = icmp eq ptr %walk, null
  br i1 %done, label %out, label %walk.body
walk.body:
  %next = load ptr, ptr %walk
  %vp = getelementptr inbounds i8, ptr %walk, i64 8
  %x = load i32, ptr %vp
  %sum.next = add i32 %sum, %x
  br label %walk.loop
out:
  ret i32 %sum
}
