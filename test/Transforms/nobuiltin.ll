; `nobuiltin` call sites and functions built with -fno-builtin ("no-builtins")
; call the user's own malloc/free, which may do anything: nothing is
; recognised there.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare ptr @calloc(i64, i64)
declare void @free(ptr)

; negative: the malloc call site is nobuiltin.
define void @nobuiltin_malloc() {
; CHECK-LABEL: define void @nobuiltin_malloc(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16) #[[NB:[0-9]+]]
; CHECK-NEXT:    store i32 1, ptr %p, align 4
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16) nobuiltin
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: a builtin malloc freed by a nobuiltin free: that free is an
; unknown call that may keep the pointer.
define void @nobuiltin_free() {
; CHECK-LABEL: define void @nobuiltin_free(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store i32 1, ptr %p, align 4
; CHECK-NEXT:    call void @free(ptr %p) #[[NB]]
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p) nobuiltin
  ret void
}

; negative: the whole function is built with -fno-builtin.
define void @no_builtins_function() #0 {
; CHECK-LABEL: define void @no_builtins_function(
; CHECK-NEXT:    %p = call ptr @calloc(i64 2, i64 8)
; CHECK-NEXT:    store i32 1, ptr %p, align 4
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @calloc(i64 2, i64 8)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: -fno-builtin-malloc only.
define void @no_builtin_malloc_function() #1 {
; CHECK-LABEL: define void @no_builtin_malloc_function(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store i32 1, ptr %p, align 4
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; positive: the same code with builtins on.
define void @builtins_on() {
; CHECK-LABEL: define void @builtins_on(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; negative: a function named malloc with the wrong prototype is not malloc.
declare ptr @my_alloc(i64)
define void @not_malloc() {
; CHECK-LABEL: define void @not_malloc(
; CHECK-NEXT:    %p = call ptr @my_alloc(i64 16)
  %p = call ptr @my_alloc(i64 16)
  store i32 1, ptr %p
  call void @free(ptr %p)
  ret void
}

; CHECK: attributes #[[NB]] = { nobuiltin }

attributes #0 = { "no-builtins" }
attributes #1 = { "no-builtin-malloc" }
