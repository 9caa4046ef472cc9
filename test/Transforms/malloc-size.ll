; Sizes malloc may not be promoted with: zero, not a compile-time constant.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; negative: malloc(0) may return NULL or a unique pointer; either way there
; is no object to put on the stack.
define void @zero() {
; CHECK-LABEL: define void @zero(
; CHECK-NEXT:    %p = call ptr @malloc(i64 0)
; CHECK-NEXT:    %isnull = icmp eq ptr %p, null
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 0)
  %isnull = icmp eq ptr %p, null
  call void @free(ptr %p)
  ret void
}

; negative: the size is a parameter.
define void @variable(i64 %n) {
; CHECK-LABEL: define void @variable(
; CHECK-NEXT:    %p = call ptr @malloc(i64 %n)
; CHECK-NEXT:    store i8 0, ptr %p, align 1
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 %n)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: a size chosen at run time between two small constants.
define void @select_of_constants(i1 %c) {
; CHECK-LABEL: define void @select_of_constants(
; CHECK-NEXT:    %n = select i1 %c, i64 16, i64 32
; CHECK-NEXT:    %p = call ptr @malloc(i64 %n)
  %n = select i1 %c, i64 16, i64 32
  %p = call ptr @malloc(i64 %n)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: an undefined size is not a constant one.
define void @poison_size() {
; CHECK-LABEL: define void @poison_size(
; CHECK-NEXT:    %p = call ptr @malloc(i64 poison)
  %p = call ptr @malloc(i64 poison)
  call void @free(ptr %p)
  ret void
}

; positive: the smallest non-zero size, one byte, gets a 16-byte aligned slot.
define void @one_byte() {
; CHECK-LABEL: define void @one_byte(
; CHECK-NEXT:    %p.stack = alloca [1 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 1, )?}}ptr %p.stack)
; CHECK-NEXT:    store i8 0, ptr %p.stack, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 1, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 1)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}
