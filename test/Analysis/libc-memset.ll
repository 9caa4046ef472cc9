; memset/__memset_chk/bzero fill a buffer with bytes: nothing escapes, and
; memset returns its destination.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @memset(ptr, i32, i64)
declare ptr @__memset_chk(ptr, i32, i64, i64)
declare void @bzero(ptr, i64)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

@g = global ptr null

; CHECK-LABEL: escape facts for 'fills':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NEXT:    heap %b (malloc): does not escape, freed
; CHECK-NEXT:    heap %c (malloc): does not escape, freed
; CHECK-NEXT:    heap %d (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @fills() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %c = call ptr @malloc(i64 16)
  %d = call ptr @malloc(i64 16)
  %r1 = call ptr @memset(ptr %a, i32 0, i64 16)
  %r2 = call ptr @__memset_chk(ptr %b, i32 0, i64 16, i64 16)
  call void @bzero(ptr %c, i64 16)
  call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 16, i1 false)
  call void @free(ptr %a)
  call void @free(ptr %b)
  call void @free(ptr %c)
  call void @free(ptr %d)
  ret void
}

; memset's result is its destination.
; CHECK-LABEL: escape facts for 'memset_result':
; CHECK-NEXT:    heap %a (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%a -> %a (address-of)
; CHECK-NEXT:      %a -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @memset_result() {
  %a = call ptr @malloc(i64 16)
  %r = call ptr @memset(ptr %a, i32 0, i64 16)
  store ptr %r, ptr @g
  ret void
}

; CHECK-LABEL: escape facts for 'memset_chk_result':
; CHECK-NEXT:    heap %a (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%a -> %a (address-of)
; CHECK-NEXT:      %a -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @memset_chk_result() {
  %a = call ptr @malloc(i64 16)
  %r = call ptr @__memset_chk(ptr %a, i32 0, i64 16, i64 16)
  store ptr %r, ptr @g
  ret void
}

; Filling a buffer that holds a pointer does not publish the pointer.
; CHECK-LABEL: escape facts for 'fill_holder':
; CHECK-NEXT:    heap %h (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @fill_holder() {
  %h = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 16)
  store ptr %inner, ptr %h
  call void @bzero(ptr %h, i64 16)
  call void @free(ptr %inner)
  call void @free(ptr %h)
  ret void
}
