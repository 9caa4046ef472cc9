; A module that defines its own malloc and free (a counting wrapper, a pool
; allocator, a libc being compiled) has no libc malloc to reason about: its
; calls have whatever effects the definitions have. LLVM itself only treats
; declarations as allocation functions (InferFunctionAttrs adds allockind to
; declarations only; InstCombine keeps a defined malloc/free pair). The
; calls must stay.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@live = global i64 0
@pool = global [4096 x i8] zeroinitializer

define ptr @malloc(i64 %n) {
  %c = load i64, ptr @live
  %c1 = add i64 %c, 1
  store i64 %c1, ptr @live
  ret ptr @pool
}

define void @free(ptr %p) {
  %c = load i64, ptr @live
  %c1 = sub i64 %c, 1
  store i64 %c1, ptr @live
  ret void
}

; negative: both calls update @live; removing them changes the program.
define void @user() {
; CHECK-LABEL: define void @user(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store i32 1, ptr %p, align 4
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}
