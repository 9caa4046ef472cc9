; The flow path printed under an object that outlives its function: one
; step per line, from its address to the deciding sink.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @unknown(ptr)
declare void @nocapture_only(ptr nocapture)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

@g = global ptr null

; CHECK-LABEL: escape facts for 'direct_global':
; CHECK-NEXT:    heap %h (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @direct_global() {
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr @g
  ret void
}

; Through a local slot, a reload and a GEP, to an unknown callee.
; CHECK-LABEL: escape facts for 'via_slot':
; CHECK-NEXT:    local %slot: does not escape
; CHECK-NEXT:    heap %h (malloc): escapes to heap (unknown callee)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%slot (store)
; CHECK-NEXT:      *%slot -> %x (load)
; CHECK-NEXT:      %x -> %y (assign)
; CHECK-NEXT:      %y -> {heap} (unknown callee)
; CHECK-NOT:     {{^ }}
define void @via_slot() {
  %slot = alloca ptr
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %slot
  %x = load ptr, ptr %slot
  %y = getelementptr i8, ptr %x, i64 4
  call void @unknown(ptr %y)
  ret void
}

; Stored into a container that escapes.
; CHECK-LABEL: escape facts for 'via_container':
; CHECK-NEXT:    heap %box (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%box -> %box (address-of)
; CHECK-NEXT:      %box -> {heap} (assign to global)
; CHECK-NEXT:    heap %h (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%box (store)
; CHECK-NEXT:      *%box -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @via_container() {
  %box = call ptr @malloc(i64 8)
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %box
  store ptr %box, ptr @g
  ret void
}

; Copied by memcpy into global memory.
; CHECK-LABEL: escape facts for 'via_memcpy':
; CHECK-NEXT:    local %a: does not escape
; CHECK-NEXT:    heap %h (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%a (store)
; CHECK-NEXT:      *%a -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @via_memcpy() {
  %a = alloca ptr
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr @g, ptr %a, i64 8, i1 false)
  ret void
}

; Through a phi and a select to a ptrtoint.
; CHECK-LABEL: escape facts for 'via_phi_select':
; CHECK-NEXT:    heap %h (malloc): escapes to heap (ptrtoint)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> %p (assign)
; CHECK-NEXT:      %p -> %s (assign)
; CHECK-NEXT:      %s -> {heap} (ptrtoint)
; CHECK-NOT:     {{^ }}
define i64 @via_phi_select(i1 %c) {
entry:
  %h = call ptr @malloc(i64 8)
  br i1 %c, label %a, label %b
a:
  br label %b
b:
  %p = phi ptr [ %h, %entry ], [ null, %a ]
  %s = select i1 %c, ptr %p, ptr null
  %i = ptrtoint ptr %s to i64
  ret i64 %i
}

; Returned: the sink is {result}.
; CHECK-LABEL: escape facts for 'returned':
; CHECK-NEXT:    heap %h (malloc): returned
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> %q (assign)
; CHECK-NEXT:      %q -> {result} (return)
; CHECK-NOT:     {{^ }}
define ptr @returned() {
  %h = call ptr @malloc(i64 8)
  %q = getelementptr i8, ptr %h, i64 1
  ret ptr %q
}

; What a returned object holds escapes (the caller can reach it).
; CHECK-LABEL: escape facts for 'held_by_returned':
; CHECK-NEXT:    heap %box (malloc): returned
; CHECK-NEXT:      &%box -> %box (address-of)
; CHECK-NEXT:      %box -> {result} (return)
; CHECK-NEXT:    heap %h (malloc): escapes to heap (return)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%box (store)
; CHECK-NEXT:      *%box -> {heap} (return)
; CHECK-NOT:     {{^ }}
define ptr @held_by_returned() {
  %box = call ptr @malloc(i64 8)
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %box
  ret ptr %box
}

; Freed by a callee: the sink is {freed}.
; CHECK-LABEL: escape facts for 'freed_by_callee':
; CHECK-NEXT:    heap %h (malloc): freed by callee (freed by callee)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> {freed} (freed by callee)
; CHECK-NOT:     {{^ }}
define void @freed_by_callee() {
  %h = call ptr @malloc(i64 8)
  call void @nocapture_only(ptr %h)
  ret void
}

; Stored through a parameter. (The parameter's pointee is the object
; `*%out`, so its contents print as `**%out`.)
; CHECK-LABEL: escape facts for 'through_param':
; CHECK-NEXT:    param %out: does not escape
; CHECK-NEXT:    heap %h (malloc): escapes to heap (store through pointer)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> **%out (store)
; CHECK-NEXT:      **%out -> {heap} (store through pointer)
; CHECK-NOT:     {{^ }}
define void @through_param(ptr %out) {
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %out
  ret void
}

; A local whose address is stored to a global takes what it holds along.
; CHECK-LABEL: escape facts for 'via_escaping_local':
; CHECK-NEXT:    local %slot: escapes to heap (assign to global)
; CHECK-NEXT:      &%slot -> %slot (address-of)
; CHECK-NEXT:      %slot -> {heap} (assign to global)
; CHECK-NEXT:    heap %h (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%slot (store)
; CHECK-NEXT:      *%slot -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @via_escaping_local() {
  %slot = alloca ptr
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %slot
  store ptr %slot, ptr @g
  ret void
}
