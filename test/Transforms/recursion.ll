; Functions on a call-graph cycle keep their allocations on the heap: every
; active frame would hold its own copy, and the depth is unbounded.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)

; negative: directly recursive.
define void @self(i32 %n) {
; CHECK-LABEL: define void @self(
; CHECK-NEXT:    %p = call ptr @malloc(i64 256)
; CHECK-NEXT:    call void @use(ptr %p)
; CHECK-NEXT:    %c = icmp sgt i32 %n, 0
  %p = call ptr @malloc(i64 256)
  call void @use(ptr %p)
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %rec, label %done
rec:
  %m = sub i32 %n, 1
  call void @self(i32 %m)
  br label %done
done:
  call void @free(ptr %p)
  ret void
}

; negative: mutually recursive pair, ping and pong.
define void @ping(i32 %n) {
; CHECK-LABEL: define void @ping(
; CHECK-NEXT:    %p = call ptr @malloc(i64 64)
  %p = call ptr @malloc(i64 64)
  call void @use(ptr %p)
  call void @pong(i32 %n)
  call void @free(ptr %p)
  ret void
}

define void @pong(i32 %n) {
; CHECK-LABEL: define void @pong(
; CHECK-NEXT:    %q = call ptr @malloc(i64 64)
  %q = call ptr @malloc(i64 64)
  call void @use(ptr %q)
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %rec, label %done
rec:
  %m = sub i32 %n, 1
  call void @ping(i32 %m)
  br label %done
done:
  call void @free(ptr %q)
  ret void
}

; positive: calls into the cycle without being on it.
define void @caller_of_cycle() {
; CHECK-LABEL: define void @caller_of_cycle(
; CHECK-NEXT:    %p.stack = alloca [64 x i8], align 16
  %p = call ptr @malloc(i64 64)
  call void @use(ptr %p)
  call void @ping(i32 3)
  call void @free(ptr %p)
  ret void
}

; negative: a three-function cycle a -> b -> c -> a, allocation in b.
define void @cyc_a(i32 %n) {
  call void @cyc_b(i32 %n)
  ret void
}
define void @cyc_b(i32 %n) {
; CHECK-LABEL: define void @cyc_b(
; CHECK-NEXT:    %p = call ptr @malloc(i64 32)
  %p = call ptr @malloc(i64 32)
  call void @use(ptr %p)
  call void @cyc_c(i32 %n)
  call void @free(ptr %p)
  ret void
}
define void @cyc_c(i32 %n) {
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %rec, label %done
rec:
  %m = sub i32 %n, 1
  call void @cyc_a(i32 %m)
  br label %done
done:
  ret void
}
