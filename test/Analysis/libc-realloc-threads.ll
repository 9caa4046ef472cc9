; Functions that must never be mistaken for harmless: realloc and reallocf
; free their argument (and move its contents where nobody here can see);
; malloc_usable_size and reallocarray keep it; pthread_create hands its
; argument to another thread.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @realloc(ptr, i64)
declare ptr @reallocf(ptr, i64)
declare ptr @reallocarray(ptr, i64, i64)
declare i64 @malloc_usable_size(ptr)
declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)

; CHECK-LABEL: escape facts for 'grows':
; CHECK-NEXT:    heap %p (malloc): freed by callee (realloc)
; CHECK-NEXT:      &%p -> %p (address-of)
; CHECK-NEXT:      %p -> {freed} (realloc)
; CHECK-NOT:     {{^ }}
define void @grows() {
  %p = call ptr @malloc(i64 16)
  %q = call ptr @realloc(ptr %p, i64 32)
  call void @free(ptr %q)
  ret void
}

; What the old block holds moves to the new block: it escapes.
; CHECK-LABEL: escape facts for 'grows_holder':
; CHECK-NEXT:    heap %p (malloc): freed by callee (realloc)
; CHECK-NEXT:      &%p -> %p (address-of)
; CHECK-NEXT:      %p -> {freed} (realloc)
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (realloc)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%p (store)
; CHECK-NEXT:      *%p -> {temp{{[0-9]+}}} (load)
; CHECK-NEXT:      {temp{{[0-9]+}}} -> {heap} (realloc)
; CHECK-NOT:     {{^ }}
define void @grows_holder() {
  %p = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %p
  %q = call ptr @realloc(ptr %p, i64 32)
  ret void
}

; CHECK-LABEL: escape facts for 'grows_f':
; CHECK-NEXT:    heap %p (malloc): freed by callee (realloc)
; CHECK-NOT:     {{^    }}heap
define void @grows_f() {
  %p = call ptr @malloc(i64 16)
  %q = call ptr @reallocf(ptr %p, i64 32)
  ret void
}

; reallocarray and malloc_usable_size are escape hatches: the argument
; escapes.
; CHECK-LABEL: escape facts for 'grows_array':
; CHECK-NEXT:    heap %p (malloc): escapes to heap (realloc)
; CHECK-NEXT:      &%p -> %p (address-of)
; CHECK-NEXT:      %p -> {heap} (realloc)
; CHECK-NOT:     {{^ }}
define void @grows_array() {
  %p = call ptr @malloc(i64 16)
  %q = call ptr @reallocarray(ptr %p, i64 4, i64 8)
  ret void
}

; CHECK-LABEL: escape facts for 'usable_size':
; CHECK-NEXT:    heap %p (malloc): escapes to heap (realloc), freed
; CHECK-NEXT:      &%p -> %p (address-of)
; CHECK-NEXT:      %p -> {heap} (realloc)
; CHECK-NOT:     {{^ }}
define i64 @usable_size() {
  %p = call ptr @malloc(i64 16)
  %n = call i64 @malloc_usable_size(ptr %p)
  call void @free(ptr %p)
  ret i64 %n
}

; malloc_usable_size even with attributes that would make any other callee
; harmless.
; CHECK-LABEL: escape facts for 'usable_size_attributes':
; CHECK-NEXT:    heap %p (malloc): escapes to heap (realloc), freed
; CHECK-NOT:     {{^    }}heap
define i64 @usable_size_attributes() {
  %p = call ptr @malloc(i64 16)
  %n = call i64 @malloc_usable_size(ptr nocapture nofree readonly %p) nofree nounwind
  call void @free(ptr %p)
  ret i64 %n
}

; pthread_create(&tid, attr, start, arg): arg and start escape to the new
; thread; tid is written, attr read.
define internal ptr @worker(ptr %arg) {
  ret ptr null
}
; CHECK-LABEL: escape facts for 'worker':
; CHECK-LABEL: escape facts for 'spawn':
; CHECK-NEXT:    local %tid: does not escape
; CHECK-NEXT:    local %attr: does not escape
; CHECK-NEXT:    heap %arg (malloc): escapes to heap (thread start), freed
; CHECK-NEXT:      &%arg -> %arg (address-of)
; CHECK-NEXT:      %arg -> {heap} (thread start)
; CHECK-NOT:     {{^ }}
define void @spawn() {
  %tid = alloca i64
  %attr = alloca [64 x i8]
  %arg = call ptr @malloc(i64 32)
  %r = call i32 @pthread_create(ptr %tid, ptr %attr, ptr @worker, ptr %arg)
  %t = load i64, ptr %tid
  %j = call i32 @pthread_join(i64 %t, ptr null)
  call void @free(ptr %arg)
  ret void
}

; Even when the declaration claims the argument is not captured.
; CHECK-LABEL: escape facts for 'spawn_attributes':
; CHECK-NEXT:    local %tid: does not escape
; CHECK-NEXT:    heap %arg (malloc): escapes to heap (thread start), freed
; CHECK-NOT:     {{^    }}heap
define void @spawn_attributes() {
  %tid = alloca i64
  %arg = call ptr @malloc(i64 32)
  %r = call i32 @pthread_create(ptr %tid, ptr null, ptr @worker, ptr nocapture nofree readonly %arg) nofree
  call void @free(ptr %arg)
  ret void
}
