; `punned`: an object whose pointer bytes are also read or written as
; integers. Its pointers are published (they escape).
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: escape facts for 'read_as_int':
; CHECK-NEXT:    local %box: does not escape, punned
; CHECK-NEXT:    heap %h (malloc): escapes to heap (pointer read as integer)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%box (store)
; CHECK-NEXT:      *%box -> {heap} (pointer read as integer)
; CHECK-NOT:     {{^ }}
define i64 @read_as_int() {
  %box = alloca ptr
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %box
  %i = load i64, ptr %box
  ret i64 %i
}

; An integer written where a pointer is read.
; CHECK-LABEL: escape facts for 'int_read_as_pointer':
; CHECK-NEXT:    local %box: does not escape, punned
; CHECK-NEXT:    heap %h (malloc): escapes to heap (pointer read as integer), freed
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%box (store)
; CHECK-NEXT:      *%box -> {heap} (pointer read as integer)
; CHECK-NOT:     {{^ }}
define ptr @int_read_as_pointer(i64 %x) {
  %box = alloca ptr
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %box
  %b1 = getelementptr i8, ptr %box, i64 1
  store i8 0, ptr %b1
  %p = load ptr, ptr %box
  call void @free(ptr %p)
  ret ptr null
}

; A heap object can be punned too, and the punning spreads through memcpy
; to the copy.
; CHECK-LABEL: escape facts for 'punned_copy':
; CHECK-NEXT:    local %a: does not escape
; CHECK-NEXT:    local %b: does not escape, punned
; CHECK-NEXT:    heap %h (malloc): escapes to heap (pointer read as integer)
; CHECK-NEXT:      &%h -> %h (address-of)
; CHECK-NEXT:      %h -> *%a (store)
; CHECK-NEXT:      *%a -> *%b (memcpy of pointer)
; CHECK-NEXT:      *%b -> {heap} (pointer read as integer)
; CHECK-NEXT:    heap %c (malloc): does not escape
; CHECK-NOT:     {{^ }}
define i64 @punned_copy() {
  %a = alloca ptr
  %b = alloca [8 x i8]
  %h = call ptr @malloc(i64 8)
  %c = call ptr @malloc(i64 8)
  store ptr %h, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 8, i1 false)
  %i = load i64, ptr %b
  store i64 %i, ptr %c
  ret i64 %i
}

; Separate fields: a pointer at 0..8, integers at 8..16: not punned.
; CHECK-LABEL: escape facts for 'separate_fields':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NEXT:    heap %h (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i64 @separate_fields() {
  %s = call ptr @malloc(i64 16)
  %h = call ptr @malloc(i64 8)
  store ptr %h, ptr %s
  %f = getelementptr i8, ptr %s, i64 8
  store i64 3, ptr %f
  %n = load i64, ptr %f
  %p = load ptr, ptr %s
  call void @free(ptr %p)
  call void @free(ptr %s)
  ret i64 %n
}

; An object with only integers is never punned.
; CHECK-LABEL: escape facts for 'ints_only':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i32 @ints_only() {
  %s = call ptr @malloc(i64 16)
  store i64 1, ptr %s
  %v = load i32, ptr %s
  call void @free(ptr %s)
  ret i32 %v
}
