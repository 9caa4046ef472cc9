; Facts for locals (allocas) and heap objects: does not escape, freed,
; returned, freed by callee, escapes; loop depth of the defining
; instruction.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare ptr @calloc(i64, i64)
declare ptr @aligned_alloc(i64, i64)
declare ptr @strdup(ptr)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)

@s = private constant [3 x i8] c"hi\00"

; Every allocation function's name is shown.
; CHECK-LABEL: escape facts for 'kinds':
; CHECK-NEXT:    heap %m (malloc): does not escape, freed
; CHECK-NEXT:    heap %c (calloc): does not escape, freed
; CHECK-NEXT:    heap %a (aligned_alloc): does not escape, freed
; CHECK-NEXT:    heap %d (strdup): does not escape, freed
; CHECK-NEXT:    heap %n (malloc): does not escape
; CHECK-NOT:     {{^ }}
define void @kinds() {
  %m = call ptr @malloc(i64 8)
  %c = call ptr @calloc(i64 2, i64 8)
  %a = call ptr @aligned_alloc(i64 32, i64 32)
  %d = call ptr @strdup(ptr @s)
  %n = call ptr @malloc(i64 8)
  call void @use(ptr %m)
  call void @free(ptr %m)
  call void @free(ptr %c)
  call void @free(ptr %a)
  call void @free(ptr %d)
  ret void
}

; Locals: one that stays in the frame, one whose address is returned.
; CHECK-LABEL: escape facts for 'local_returned':
; CHECK-NEXT:    local %kept: does not escape
; CHECK-NEXT:    local %gone: returned
; CHECK-NEXT:      &%gone -> %gone (address-of)
; CHECK-NEXT:      %gone -> {result} (return)
; CHECK-NOT:     {{^ }}
define ptr @local_returned() {
  %kept = alloca i32
  %gone = alloca i32
  store i32 1, ptr %kept
  ret ptr %gone
}

; CHECK-LABEL: escape facts for 'local_passed':
; CHECK-NEXT:    local %x: escapes to heap (unknown callee)
; CHECK-NEXT:      &%x -> %x (address-of)
; CHECK-NEXT:      %x -> {heap} (unknown callee)
; CHECK-NEXT:    local %y: does not escape
; CHECK-NOT:     {{^ }}
declare void @keep(ptr)
define void @local_passed() {
  %x = alloca i32
  %y = alloca i32
  call void @keep(ptr %x)
  call void @use(ptr %y)
  ret void
}

; A free through a phi still marks the object freed.
; CHECK-LABEL: escape facts for 'freed_through_phi':
; CHECK-NEXT:    heap %p (malloc): does not escape, freed
; CHECK-NEXT:    heap %q (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @freed_through_phi(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %p = call ptr @malloc(i64 8)
  br label %j
b:
  %q = call ptr @malloc(i64 8)
  br label %j
j:
  %m = phi ptr [ %p, %a ], [ %q, %b ]
  call void @free(ptr %m)
  ret void
}

; Loop depth, for locals and heap objects, in nested loops.
; CHECK-LABEL: escape facts for 'depths':
; CHECK-NEXT:    local %top: does not escape
; CHECK-NEXT:    heap %h0 (malloc): does not escape, freed
; CHECK-NEXT:    local %l1 [loop depth 1]: does not escape
; CHECK-NEXT:    heap %h1 (malloc) [loop depth 1]: does not escape, freed
; CHECK-NEXT:    heap %h2 (malloc) [loop depth 2]: does not escape, freed
; CHECK-NOT:     {{^ }}
define void @depths(i32 %n) {
entry:
  %top = alloca i32
  %h0 = call ptr @malloc(i64 4)
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i.next, %outer.latch ]
  %l1 = alloca i32
  %h1 = call ptr @malloc(i64 4)
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j.next, %inner ]
  %h2 = call ptr @malloc(i64 4)
  call void @free(ptr %h2)
  %j.next = add i32 %j, 1
  %cj = icmp slt i32 %j.next, %n
  br i1 %cj, label %inner, label %outer.latch
outer.latch:
  call void @free(ptr %h1)
  %i.next = add i32 %i, 1
  %ci = icmp slt i32 %i.next, %n
  br i1 %ci, label %outer, label %exit
exit:
  call void @free(ptr %h0)
  ret void
}

; A local holding a heap pointer is not itself affected by what the pointer
; does; the heap object is.
; CHECK-LABEL: escape facts for 'holder_and_held':
; CHECK-NEXT:    local %slot: does not escape
; CHECK-NEXT:    heap %h (malloc): escapes to heap (unknown callee)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%slot (store)
; CHECK-NEXT:      *%slot -> %x (load)
; CHECK-NEXT:      %x -> {heap} (unknown callee)
; CHECK-NOT:     {{^ }}
define void @holder_and_held() {
  %slot = alloca ptr
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %slot
  %x = load ptr, ptr %slot
  call void @keep(ptr %x)
  ret void
}

; Declarations print nothing; a function without pointers prints a header
; only.
; CHECK-LABEL: escape facts for 'no_pointers':
; CHECK-NOT:     {{^ }}
define i32 @no_pointers(i32 %a) {
  ret i32 %a
}
