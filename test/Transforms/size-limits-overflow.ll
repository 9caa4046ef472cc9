; Raising the object limit to the maximum must not let an object past the
; frame budget: the slot size rounded up to its alignment must not wrap
; around to zero.
; RUN: %opt -passes=heap-to-stack -escape-max-object-size=18446744073709551615 -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; negative: 2^64-1 bytes, far over the default 16 KiB frame budget.
define void @all_of_memory() {
; CHECK-LABEL: define void @all_of_memory(
; CHECK-NEXT:    %p = call ptr @malloc(i64 -1)
; CHECK-NEXT:    store i8 0, ptr %p, align 1
; CHECK-NEXT:    call void @free(ptr %p)
  %p = call ptr @malloc(i64 -1)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; positive: with the object limit out of the way, a 16 KiB object still fits
; the default frame budget exactly.
define void @frame_sized() {
; CHECK-LABEL: define void @frame_sized(
; CHECK-NEXT:    %p.stack = alloca [16384 x i8], align 16
  %p = call ptr @malloc(i64 16384)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}
