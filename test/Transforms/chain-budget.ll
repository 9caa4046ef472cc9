; The call-chain budget: promoted bytes along any chain of direct calls stay
; within -escape-max-chain-size (default 32 KiB), since a thread's stack may
; be much smaller than main's. Callees are planned first; a caller gets what
; its deepest callee chain left.
; RUN: %opt -passes=heap-to-stack -escape-max-chain-size=64 -S < %s | FileCheck %s --check-prefixes=CHECK,SMALL
; RUN: %opt -passes=heap-to-stack -escape-max-object-size=16384 -S < %s | FileCheck %s --check-prefixes=CHECK,DEFAULT

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)
declare void @external()

; leaf (32) <- mid (32) <- top (16): 80 bytes along the chain.
define void @leaf() {
; CHECK-LABEL: define void @leaf(
; CHECK-NEXT:    %a.stack = alloca [32 x i8], align 16
  %a = call ptr @malloc(i64 32)
  call void @use(ptr %a)
  call void @free(ptr %a)
  ret void
}

define void @mid() {
; CHECK-LABEL: define void @mid(
; CHECK-NEXT:    %b.stack = alloca [32 x i8], align 16
  %b = call ptr @malloc(i64 32)
  call void @use(ptr %b)
  call void @leaf()
  call void @free(ptr %b)
  ret void
}

; With a 64-byte chain, 64 bytes are used below: top stays on the heap.
define void @top() {
; CHECK-LABEL: define void @top(
; SMALL-NEXT:    %c = call ptr @malloc(i64 16)
; DEFAULT-NEXT:  %c.stack = alloca [16 x i8], align 16
  %c = call ptr @malloc(i64 16)
  call void @use(ptr %c)
  call void @mid()
  call void @free(ptr %c)
  ret void
}

; A function that calls only external code starts a chain of its own.
define void @side() {
; CHECK-LABEL: define void @side(
; CHECK-NEXT:    %d.stack = alloca [48 x i8], align 16
  %d = call ptr @malloc(i64 48)
  call void @use(ptr %d)
  call void @external()
  call void @free(ptr %d)
  ret void
}

; Two callees: the deeper chain (mid: 64) counts, not the sum.
define void @two_callees() {
; CHECK-LABEL: define void @two_callees(
; SMALL-NEXT:    %e = call ptr @malloc(i64 16)
; DEFAULT-NEXT:  %e.stack = alloca [16 x i8], align 16
  %e = call ptr @malloc(i64 16)
  call void @use(ptr %e)
  call void @side()
  call void @mid()
  call void @free(ptr %e)
  ret void
}

; Default budget (with 16 KiB objects allowed): 16 KiB frames, three levels
; deep. big_leaf and big_mid fill 32 KiB; big_top stays. (With the 64-byte chain the big
; objects are over the object limit, so big_top has the whole chain.)
define void @big_leaf() {
; CHECK-LABEL: define void @big_leaf(
; SMALL-NEXT:    %x = call ptr @malloc(i64 16384)
; DEFAULT-NEXT:  %x.stack = alloca [16384 x i8], align 16
  %x = call ptr @malloc(i64 16384)
  call void @use(ptr %x)
  call void @free(ptr %x)
  ret void
}
define void @big_mid() {
; CHECK-LABEL: define void @big_mid(
; SMALL-NEXT:    %y = call ptr @malloc(i64 16384)
; DEFAULT-NEXT:  %y.stack = alloca [16384 x i8], align 16
  %y = call ptr @malloc(i64 16384)
  call void @use(ptr %y)
  call void @big_leaf()
  call void @free(ptr %y)
  ret void
}
define void @big_top() {
; CHECK-LABEL: define void @big_top(
; SMALL-NEXT:    %z.stack = alloca [16 x i8], align 16
; DEFAULT-NEXT:  %z = call ptr @malloc(i64 16)
  %z = call ptr @malloc(i64 16)
  call void @use(ptr %z)
  call void @big_mid()
  call void @free(ptr %z)
  ret void
}
