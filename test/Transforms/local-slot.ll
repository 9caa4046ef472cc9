; -O0-style IR: the pointer lives in an alloca, is loaded back for every use
; and for free. Storing it into a non-escaping local slot is not an escape.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

@g = global ptr null

; positive: p = malloc(16); p[0] = 1; x = p[0]; free(p); -- the free goes
; (its operand is a reload, so no lifetime.end is placed there).
define i32 @spilled_pointer() {
; CHECK-LABEL: define i32 @spilled_pointer(
; CHECK-NEXT:    %call.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    %p = alloca ptr, align 8
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %call.stack)
; CHECK-NEXT:    store ptr %call.stack, ptr %p, align 8
; CHECK-NEXT:    %v0 = load ptr, ptr %p, align 8
; CHECK-NEXT:    store i32 1, ptr %v0, align 4
; CHECK-NEXT:    %v1 = load ptr, ptr %p, align 8
; CHECK-NEXT:    %v = load i32, ptr %v1, align 4
; CHECK-NEXT:    %v2 = load ptr, ptr %p, align 8
; CHECK-NEXT:    ret i32 %v
; CHECK-NEXT:  }
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  %v0 = load ptr, ptr %p, align 8
  store i32 1, ptr %v0, align 4
  %v1 = load ptr, ptr %p, align 8
  %v = load i32, ptr %v1, align 4
  %v2 = load ptr, ptr %p, align 8
  call void @free(ptr %v2)
  ret i32 %v
}

; negative: the pointer is loaded back from the slot and stored to a global.
define void @spilled_then_published() {
; CHECK-LABEL: define void @spilled_then_published(
; CHECK-NEXT:    %p = alloca ptr, align 8
; CHECK-NEXT:    %call = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %call, ptr %p, align 8
; CHECK-NEXT:    %v0 = load ptr, ptr %p, align 8
; CHECK-NEXT:    store ptr %v0, ptr @g, align 8
; CHECK-NEXT:    ret void
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  %v0 = load ptr, ptr %p, align 8
  store ptr %v0, ptr @g, align 8
  ret void
}

; negative: the slot itself is published (its address stored to a global),
; so anyone can read the pointer out of it later.
define void @slot_published() {
; CHECK-LABEL: define void @slot_published(
; CHECK-NEXT:    %p = alloca ptr, align 8
; CHECK-NEXT:    %call = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %call, ptr %p, align 8
; CHECK-NEXT:    store ptr %p, ptr @g, align 8
; CHECK-NEXT:    ret void
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  store ptr %p, ptr @g, align 8
  ret void
}

; negative: the slot is passed to an unknown function, which may read the
; pointer out of it and keep it.
declare void @takes_slot(ptr)
define void @slot_passed() {
; CHECK-LABEL: define void @slot_passed(
; CHECK-NEXT:    %p = alloca ptr, align 8
; CHECK-NEXT:    %call = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %call, ptr %p, align 8
; CHECK-NEXT:    call void @takes_slot(ptr %p)
; CHECK-NEXT:    ret void
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  call void @takes_slot(ptr %p)
  ret void
}

; negative: the slot is passed to a function that does not capture the slot
; but may read the pointer stored in it and free it.
declare void @reads_slot(ptr nocapture nofree)
define void @slot_content_freed() {
; CHECK-LABEL: define void @slot_content_freed(
; CHECK-NEXT:    %p = alloca ptr, align 8
; CHECK-NEXT:    %call = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %call, ptr %p, align 8
; CHECK-NEXT:    call void @reads_slot(ptr %p)
; CHECK-NEXT:    ret void
  %p = alloca ptr, align 8
  %call = call ptr @malloc(i64 16)
  store ptr %call, ptr %p, align 8
  call void @reads_slot(ptr %p)
  ret void
}
