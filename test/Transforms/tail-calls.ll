; A `tail` call promises not to access the caller's stack: the marker goes
; from calls that may read a promoted object. A `musttail` call cannot lose
; its marker, so an object reaching one stays on the heap.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)
declare i32 @use_i(ptr nocapture nofree)
declare void @read_v(ptr nocapture nofree)
declare i32 @use_two(ptr nocapture nofree, ptr nocapture nofree)
declare void @other(i32)

; positive: the tail marker is cleared on the call receiving the buffer.
define void @tail_cleared() {
; CHECK-LABEL: define void @tail_cleared(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    call void @use(ptr %p.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %p = tail call ptr @malloc(i64 16)
  tail call void @use(ptr %p)
  tail call void @free(ptr %p)
  ret void
}

; positive: an unrelated tail call keeps its marker.
define void @unrelated_tail_kept() {
; CHECK-LABEL: define void @unrelated_tail_kept(
; CHECK:         call void @use(ptr %p.stack)
; CHECK-NEXT:    tail call void @other(i32 1)
  %p = call ptr @malloc(i64 16)
  tail call void @use(ptr %p)
  tail call void @other(i32 1)
  call void @free(ptr %p)
  ret void
}

; positive: the buffer is reached through a local slot that is passed; the
; callee reads the slot and may follow the pointer in it. (It returns nothing:
; a read-only callee returning data could return the slot's bytes.)
define void @tail_cleared_through_slot() {
; CHECK-LABEL: define void @tail_cleared_through_slot(
; CHECK:         store ptr %p.stack, ptr %slot, align 8
; CHECK-NEXT:    call void @read_v(ptr %slot)
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  tail call void @read_v(ptr %slot) memory(read)
  call void @free(ptr %p)
  ret void
}

; positive: an interior pointer passed to a tail call.
define i32 @tail_cleared_interior() {
; CHECK-LABEL: define i32 @tail_cleared_interior(
; CHECK:         %q = getelementptr inbounds i8, ptr %p.stack, i64 8
; CHECK-NEXT:    %r = call i32 @use_two(ptr %q, ptr %q)
  %p = call ptr @malloc(i64 16)
  %q = getelementptr inbounds i8, ptr %p, i64 8
  %r = tail call i32 @use_two(ptr %q, ptr %q)
  call void @free(ptr %p)
  ret i32 %r
}

; negative: the buffer is passed to a musttail call (and never freed here,
; the callee reads it after this frame is gone).
define i32 @musttail_arg(ptr %unused) {
; CHECK-LABEL: define i32 @musttail_arg(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store i32 1, ptr %p, align 4
; CHECK-NEXT:    %r = musttail call i32 @use_i(ptr %p)
; CHECK-NEXT:    ret i32 %r
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  %r = musttail call i32 @use_i(ptr %p)
  ret i32 %r
}

; negative: the buffer reaches the musttail call through a local slot (the
; callee only reads memory, so nothing else makes the buffer escape).
define i32 @musttail_through_slot(ptr %unused) {
; CHECK-LABEL: define i32 @musttail_through_slot(
; CHECK-NOT:     alloca [
; CHECK:         %p = call ptr @malloc(i64 16)
; CHECK:         %r = musttail call i32 @use_i(ptr %slot) #[[READ:[0-9]+]]
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  %r = musttail call i32 @use_i(ptr %slot) memory(read)
  ret i32 %r
}

; positive: a musttail call that receives nothing of the buffer does not
; block it; its marker is untouched.
define i32 @musttail_unrelated(ptr %x) {
; CHECK-LABEL: define i32 @musttail_unrelated(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK:         call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    %r = musttail call i32 @use_i(ptr %x)
; CHECK-NEXT:    ret i32 %r
  %p = call ptr @malloc(i64 16)
  call void @use(ptr %p)
  call void @free(ptr %p)
  %r = musttail call i32 @use_i(ptr %x)
  ret i32 %r
}
