; optnone functions (everything at -O0) are never transformed.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; negative: -O0 output of `int *p = malloc(16); *p = 1; free(p);`
define void @at_O0() #0 {
; CHECK-LABEL: define void @at_O0(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p = alloca ptr, align 8
; CHECK-NEXT:    %call = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %call, ptr %p, align 8
; CHECK-NEXT:    %v0 = load ptr, ptr %p, align 8
; CHECK-NEXT:    store i32 1, ptr %v0, align 4
; CHECK-NEXT:    %v1 = load ptr, ptr %p, align 8
; CHECK-NEXT:    call void @free(ptr %v1)
; CHECK-NEXT:    ret void
entry:
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  %v0 = load ptr, ptr %p, align 8
  store i32 1, ptr %v0, align 4
  %v1 = load ptr, ptr %p, align 8
  call void @free(ptr %v1)
  ret void
}

; positive: the same code without optnone is promoted.
define void @at_O1() {
; CHECK-LABEL: define void @at_O1(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %call.stack = alloca [16 x i8], align 16
entry:
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  %v0 = load ptr, ptr %p, align 8
  store i32 1, ptr %v0, align 4
  %v1 = load ptr, ptr %p, align 8
  call void @free(ptr %v1)
  ret void
}

attributes #0 = { noinline nounwind optnone }
