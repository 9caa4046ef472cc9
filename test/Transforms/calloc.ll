; calloc is promoted with an explicit zeroing memset of the whole slot.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @calloc(i64, i64)
declare void @free(ptr)

; positive: calloc(4, 8) is 32 zeroed bytes.
define i32 @zeroed() {
; CHECK-LABEL: define i32 @zeroed(
; CHECK-NEXT:    %p.stack = alloca [32 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %p.stack)
; CHECK-NEXT:    call void @llvm.memset.p0.i64(ptr align 16 %p.stack, i8 0, i64 32, i1 false)
; CHECK-NEXT:    %e = getelementptr inbounds i32, ptr %p.stack, i64 7
; CHECK-NEXT:    %v = load i32, ptr %e, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 %v
; CHECK-NEXT:  }
  %p = call ptr @calloc(i64 4, i64 8)
  %e = getelementptr inbounds i32, ptr %p, i64 7
  %v = load i32, ptr %e
  call void @free(ptr %p)
  ret i32 %v
}

; positive: calloc in a loop body is re-zeroed on every iteration (the memset
; sits at the call, not in the entry block).
define i32 @zeroed_each_iteration(i32 %n) {
; CHECK-LABEL: define i32 @zeroed_each_iteration(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    br label %loop
; CHECK:       loop:
; CHECK-NEXT:    %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
; CHECK-NEXT:    %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    call void @llvm.memset.p0.i64(ptr align 16 %p.stack, i8 0, i64 16, i1 false)
; CHECK-NEXT:    %old = load i32, ptr %p.stack, align 4
; CHECK-NEXT:    store i32 %i, ptr %p.stack, align 4
; CHECK-NEXT:    %acc.next = add i32 %acc, %old
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    %i.next = add i32 %i, 1
; CHECK-NEXT:    %c = icmp slt i32 %i.next, %n
; CHECK-NEXT:    br i1 %c, label %loop, label %exit
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %p = call ptr @calloc(i64 1, i64 16)
  %old = load i32, ptr %p
  store i32 %i, ptr %p
  %acc.next = add i32 %acc, %old
  call void @free(ptr %p)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %acc.next
}

; negative: calloc(0, 8) is a zero-size allocation (may be NULL or unique).
define void @zero_count() {
; CHECK-LABEL: define void @zero_count(
; CHECK-NEXT:    %p = call ptr @calloc(i64 0, i64 8)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @calloc(i64 0, i64 8)
  call void @free(ptr %p)
  ret void
}

; negative: n * size overflows 64 bits; calloc fails, nothing to promote.
define void @overflowing_product() {
; CHECK-LABEL: define void @overflowing_product(
; CHECK-NEXT:    %p = call ptr @calloc(i64 4294967296, i64 4294967296)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @calloc(i64 4294967296, i64 4294967296)
  call void @free(ptr %p)
  ret void
}

; negative: a non-constant element count.
define void @variable_count(i64 %n) {
; CHECK-LABEL: define void @variable_count(
; CHECK-NEXT:    %p = call ptr @calloc(i64 %n, i64 4)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @calloc(i64 %n, i64 4)
  call void @free(ptr %p)
  ret void
}

; negative: 64 * 65 = 4160 bytes is over the default 4096-byte object limit,
; although each operand is small.
define void @product_too_large() {
; CHECK-LABEL: define void @product_too_large(
; CHECK-NEXT:    %p = call ptr @calloc(i64 64, i64 65)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @calloc(i64 64, i64 65)
  call void @free(ptr %p)
  ret void
}
