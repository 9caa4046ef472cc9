; Functions built with a sanitizer keep their allocations on the heap (the
; sanitizer's heap checks would silently turn into stack checks or none),
; unless -escape-promote-sanitized is given.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s --check-prefixes=CHECK,KEEP
; RUN: %opt -passes=heap-to-stack -escape-promote-sanitized -S < %s | FileCheck %s --check-prefixes=CHECK,PROMOTE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

define void @asan() sanitize_address {
; CHECK-LABEL: define void @asan(
; KEEP-NEXT:     %p = call ptr @malloc(i64 16)
; KEEP-NEXT:     store i32 1, ptr %p, align 4
; KEEP-NEXT:     call void @free(ptr %p)
; PROMOTE-NEXT:  %p.stack = alloca [16 x i8], align 16
; PROMOTE-NEXT:  call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; PROMOTE-NEXT:  store i32 1, ptr %p.stack, align 4
; PROMOTE-NEXT:  call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

define void @hwasan() sanitize_hwaddress {
; CHECK-LABEL: define void @hwasan(
; KEEP-NEXT:     %p = call ptr @malloc(i64 16)
; PROMOTE-NEXT:  %p.stack = alloca [16 x i8], align 16
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

define void @msan() sanitize_memory {
; CHECK-LABEL: define void @msan(
; KEEP-NEXT:     %p = call ptr @malloc(i64 16)
; PROMOTE-NEXT:  %p.stack = alloca [16 x i8], align 16
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

define void @tsan() sanitize_thread {
; CHECK-LABEL: define void @tsan(
; KEEP-NEXT:     %p = call ptr @malloc(i64 16)
; PROMOTE-NEXT:  %p.stack = alloca [16 x i8], align 16
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; positive in both runs: no sanitizer attribute.
define void @plain() {
; CHECK-LABEL: define void @plain(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative in both runs: -escape-promote-sanitized relaxes only the
; sanitizer rule, not escape.
@g = global ptr null
define void @asan_escaping() sanitize_address {
; CHECK-LABEL: define void @asan_escaping(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr @g, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr @g
  ret void
}
