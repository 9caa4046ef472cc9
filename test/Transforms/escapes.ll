; The ways a pointer leaves its function through memory and values: each one
; keeps the allocation (and its free) exactly as it was.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

@g = global ptr null
@arr = global [4 x ptr] zeroinitializer
@gi = global i64 0

; negative: stored to a global.
define void @to_global() {
; CHECK-LABEL: define void @to_global(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr @g, align 8
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr @g
  ret void
}

; negative: stored into an element of a global array.
define void @to_global_element(i64 %i) {
; CHECK-LABEL: define void @to_global_element(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %slot = getelementptr inbounds [4 x ptr], ptr @arr, i64 0, i64 %i
; CHECK-NEXT:    store ptr %p, ptr %slot, align 8
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %slot = getelementptr inbounds [4 x ptr], ptr @arr, i64 0, i64 %i
  store ptr %p, ptr %slot
  ret void
}

; negative: stored to a global through a pointer loaded from another global.
define void @to_unknown_memory() {
; CHECK-LABEL: define void @to_unknown_memory(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %where = load ptr, ptr @g, align 8
; CHECK-NEXT:    store ptr %p, ptr %where, align 8
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %where = load ptr, ptr @g
  store ptr %p, ptr %where
  ret void
}

; negative: stored through a pointer parameter (the caller sees it).
define void @to_param(ptr %out) {
; CHECK-LABEL: define void @to_param(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %out, align 8
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %out
  ret void
}

; negative: stored two levels down through a parameter: **out = p.
define void @to_param_content(ptr %out) {
; CHECK-LABEL: define void @to_param_content(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %inner = load ptr, ptr %out, align 8
; CHECK-NEXT:    store ptr %p, ptr %inner, align 8
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %inner = load ptr, ptr %out
  store ptr %p, ptr %inner
  ret void
}

; negative: returned.
define ptr @returned() {
; CHECK-LABEL: define ptr @returned(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    ret ptr %p
  %p = call ptr @malloc(i64 16)
  ret ptr %p
}

; negative: an interior pointer is returned.
define ptr @interior_returned() {
; CHECK-LABEL: define ptr @interior_returned(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = getelementptr inbounds i8, ptr %p, i64 4
; CHECK-NEXT:    ret ptr %q
  %p = call ptr @malloc(i64 16)
  %q = getelementptr inbounds i8, ptr %p, i64 4
  ret ptr %q
}

; negative: returned on one path only, freed on the other.
define ptr @returned_on_one_path(i1 %c) {
; CHECK-LABEL: define ptr @returned_on_one_path(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    br i1 %c, label %keep, label %drop
; CHECK:       drop:
; CHECK-NEXT:    call void @free(ptr %p)
  %p = call ptr @malloc(i64 16)
  br i1 %c, label %keep, label %drop
keep:
  ret ptr %p
drop:
  call void @free(ptr %p)
  ret ptr null
}

; negative: returned inside an aggregate.
define { ptr, i64 } @returned_in_struct() {
; CHECK-LABEL: define { ptr, i64 } @returned_in_struct(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %r = insertvalue { ptr, i64 } poison, ptr %p, 0
  %p = call ptr @malloc(i64 16)
  %r = insertvalue { ptr, i64 } poison, ptr %p, 0
  %r2 = insertvalue { ptr, i64 } %r, i64 16, 1
  ret { ptr, i64 } %r2
}

; negative: converted to an integer (the integer can be turned back into a
; pointer anywhere).
define void @ptrtoint_kept() {
; CHECK-LABEL: define void @ptrtoint_kept(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %i = ptrtoint ptr %p to i64
; CHECK-NEXT:    store i64 %i, ptr @gi, align 8
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %i = ptrtoint ptr %p to i64
  store i64 %i, ptr @gi
  call void @free(ptr %p)
  ret void
}

; negative: ptrtoint even when the integer seems unused elsewhere (an
; inttoptr round trip loses track of the object).
define i32 @ptrtoint_round_trip() {
; CHECK-LABEL: define i32 @ptrtoint_round_trip(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %i = ptrtoint ptr %p to i64
; CHECK-NEXT:    %q = inttoptr i64 %i to ptr
; CHECK-NEXT:    %v = load i32, ptr %q, align 4
; CHECK-NEXT:    call void @free(ptr %q)
; CHECK-NEXT:    ret i32 %v
  %p = call ptr @malloc(i64 16)
  %i = ptrtoint ptr %p to i64
  %q = inttoptr i64 %i to ptr
  %v = load i32, ptr %q
  call void @free(ptr %q)
  ret i32 %v
}

; negative: an atomic store of the pointer into a local slot (another thread
; may read the slot).
define void @atomic_store_of_pointer() {
; CHECK-LABEL: define void @atomic_store_of_pointer(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store atomic ptr %p, ptr %slot release, align 8
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store atomic ptr %p, ptr %slot release, align 8
  call void @free(ptr %p)
  ret void
}

; negative: a volatile store of the pointer.
define void @volatile_store_of_pointer() {
; CHECK-LABEL: define void @volatile_store_of_pointer(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store volatile ptr %p, ptr %slot, align 8
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store volatile ptr %p, ptr %slot
  call void @free(ptr %p)
  ret void
}

; negative: a volatile access to the buffer itself (memory-mapped I/O style
; code wants the access to happen where it is).
define void @volatile_store_into_buffer() {
; CHECK-LABEL: define void @volatile_store_into_buffer(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store volatile i32 1, ptr %p, align 4
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store volatile i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: atomicrmw xchg of the pointer into a slot.
define void @atomic_xchg_of_pointer() {
; CHECK-LABEL: define void @atomic_xchg_of_pointer(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %old = atomicrmw xchg ptr %slot, ptr %p seq_cst, align 8
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  %old = atomicrmw xchg ptr %slot, ptr %p seq_cst
  call void @free(ptr %p)
  ret void
}

; negative: cmpxchg installing the pointer into a global.
define void @cmpxchg_of_pointer() {
; CHECK-LABEL: define void @cmpxchg_of_pointer(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %r = cmpxchg ptr @g, ptr null, ptr %p seq_cst seq_cst, align 8
  %p = call ptr @malloc(i64 16)
  %r = cmpxchg ptr @g, ptr null, ptr %p seq_cst seq_cst
  ret void
}

; negative: an atomic operation on the buffer's own memory.
define void @atomic_add_into_buffer() {
; CHECK-LABEL: define void @atomic_add_into_buffer(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %old = atomicrmw add ptr %p, i32 1 seq_cst, align 4
; CHECK-NEXT:    call void @free(ptr %p)
  %p = call ptr @malloc(i64 16)
  %old = atomicrmw add ptr %p, i32 1 seq_cst
  call void @free(ptr %p)
  ret void
}

; negative: stored inside a vector that is stored to a global.
define void @in_vector_to_global() {
; CHECK-LABEL: define void @in_vector_to_global(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %v = insertelement <2 x ptr> poison, ptr %p, i64 0
  %p = call ptr @malloc(i64 16)
  %v = insertelement <2 x ptr> poison, ptr %p, i64 0
  %v2 = insertelement <2 x ptr> %v, ptr null, i64 1
  store <2 x ptr> %v2, ptr @arr
  ret void
}

; negative: stored into a heap object that escapes through a parameter.
define void @into_escaping_object(ptr %out) {
; CHECK-LABEL: define void @into_escaping_object(
; CHECK-NEXT:    %box = call ptr @malloc(i64 8)
; CHECK-NEXT:    store ptr %box, ptr %out, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %box, align 8
; CHECK-NEXT:    ret void
  %box = call ptr @malloc(i64 8)
  store ptr %box, ptr %out
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  ret void
}

; negative: stored into a local whose address escapes later.
define void @into_escaping_local() {
; CHECK-LABEL: define void @into_escaping_local(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %slot, align 8
; CHECK-NEXT:    store ptr %slot, ptr @g, align 8
; CHECK-NEXT:    ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  store ptr %slot, ptr @g
  ret void
}

; negative: a pointer to the object is stored into a local slot at an
; unknown index, then the whole slot array is handed out.
declare void @unknown(ptr)
define void @into_local_array_passed(i64 %i) {
; CHECK-LABEL: define void @into_local_array_passed(
; CHECK-NEXT:    %arr = alloca [4 x ptr], align 16
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %arr = alloca [4 x ptr], align 16
  %p = call ptr @malloc(i64 16)
  %e = getelementptr inbounds [4 x ptr], ptr %arr, i64 0, i64 %i
  store ptr %p, ptr %e
  call void @unknown(ptr %arr)
  ret void
}
