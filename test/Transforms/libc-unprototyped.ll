; Name-based libc models (glibc's __printf_chk, __fprintf_chk, ...) assume
; glibc's prototype. A declaration without one (K&R `int __printf_chk();`,
; `declare i32 @__printf_chk(...)` in IR) has every argument in the variadic
; part: the model must not count arguments from the wrong place (here the
; %p argument would be taken for another), or must not apply at all.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @__fprintf_chk(...)
declare i32 @__printf_chk(...)
declare i32 @pthread_create(...)

@fmt = private constant [3 x i8] c"%p\00"

; negative: __fprintf_chk(stream, flag, "%p", a).
define void @fprintf_chk_unprototyped(ptr %f) {
; CHECK-LABEL: define void @fprintf_chk_unprototyped(
; CHECK-NEXT:    %a = call ptr @malloc(i64 16)
  %a = call ptr @malloc(i64 16)
  %r = call i32 (...) @__fprintf_chk(ptr %f, i32 1, ptr @fmt, ptr %a)
  call void @free(ptr %a)
  ret void
}

; negative: __printf_chk(flag, "%p", a).
define void @printf_chk_unprototyped() {
; CHECK-LABEL: define void @printf_chk_unprototyped(
; CHECK-NEXT:    %a = call ptr @malloc(i64 16)
  %a = call ptr @malloc(i64 16)
  %r = call i32 (...) @__printf_chk(i32 1, ptr @fmt, ptr %a)
  call void @free(ptr %a)
  ret void
}

; negative: pthread_create without a prototype still starts a thread.
define void @pthread_create_unprototyped() {
; CHECK-LABEL: define void @pthread_create_unprototyped(
; CHECK-NEXT:    %tid = alloca i64, align 8
; CHECK-NEXT:    %a = call ptr @malloc(i64 16)
  %tid = alloca i64
  %a = call ptr @malloc(i64 16)
  %r = call i32 (...) @pthread_create(ptr %tid, ptr null, ptr null, ptr %a)
  ret void
}
