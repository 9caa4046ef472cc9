; aligned_alloc and memalign keep an alignment above malloc's 16 bytes; below
; it the slot still gets 16.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @aligned_alloc(i64, i64)
declare ptr @memalign(i64, i64)
declare void @free(ptr)

; positive: 64-byte alignment is kept on the slot.
define void @align64() {
; CHECK-LABEL: define void @align64(
; CHECK-NEXT:    %p.stack = alloca [128 x i8], align 64
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 128, )?}}ptr %p.stack)
; CHECK-NEXT:    store <16 x i32> zeroinitializer, ptr %p.stack, align 64
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 128, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
; CHECK-NEXT:  }
  %p = call ptr @aligned_alloc(i64 64, i64 128)
  store <16 x i32> zeroinitializer, ptr %p, align 64
  call void @free(ptr %p)
  ret void
}

; positive: a page-aligned request.
define void @align4096() {
; CHECK-LABEL: define void @align4096(
; CHECK-NEXT:    %p.stack = alloca [32 x i8], align 4096
  %p = call ptr @aligned_alloc(i64 4096, i64 32)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; positive: an alignment below malloc's is raised to 16, never lowered.
define void @align8() {
; CHECK-LABEL: define void @align8(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
  %p = call ptr @aligned_alloc(i64 8, i64 16)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; positive: memalign(align, size) is the same shape.
define void @memalign32() {
; CHECK-LABEL: define void @memalign32(
; CHECK-NEXT:    %p.stack = alloca [48 x i8], align 32
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 48, )?}}ptr %p.stack)
; CHECK-NEXT:    store i8 0, ptr %p.stack, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 48, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %p = call ptr @memalign(i64 32, i64 48)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: an alignment that is not a power of two makes aligned_alloc fail.
define void @bad_alignment() {
; CHECK-LABEL: define void @bad_alignment(
; CHECK-NEXT:    %p = call ptr @aligned_alloc(i64 24, i64 48)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @aligned_alloc(i64 24, i64 48)
  call void @free(ptr %p)
  ret void
}

; negative: an alignment only known at run time.
define void @variable_alignment(i64 %a) {
; CHECK-LABEL: define void @variable_alignment(
; CHECK-NEXT:    %p = call ptr @aligned_alloc(i64 %a, i64 64)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @aligned_alloc(i64 %a, i64 64)
  call void @free(ptr %p)
  ret void
}

; negative: a non-constant size.
define void @variable_size(i64 %n) {
; CHECK-LABEL: define void @variable_size(
; CHECK-NEXT:    %p = call ptr @aligned_alloc(i64 64, i64 %n)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @aligned_alloc(i64 64, i64 %n)
  call void @free(ptr %p)
  ret void
}

; negative: size 0.
define void @zero_size() {
; CHECK-LABEL: define void @zero_size(
; CHECK-NEXT:    %p = call ptr @aligned_alloc(i64 64, i64 0)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @aligned_alloc(i64 64, i64 0)
  call void @free(ptr %p)
  ret void
}

; negative: a 64 KiB alignment costs up to 64 KiB of stack, more than the
; default 16 KiB frame budget, whatever the object's own size.
define void @huge_alignment() {
; CHECK-LABEL: define void @huge_alignment(
; CHECK-NEXT:    %p = call ptr @aligned_alloc(i64 65536, i64 16)
; CHECK-NEXT:    store i8 0, ptr %p, align 1
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @aligned_alloc(i64 65536, i64 16)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}
