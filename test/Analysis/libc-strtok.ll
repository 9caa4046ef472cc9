; strtok keeps its string in hidden static state: the string escapes.
; strtok_r keeps it in *saveptr instead, and returns a pointer into it (or,
; with a null string, into the string *saveptr points to).
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @strtok(ptr, ptr)
declare ptr @strtok_r(ptr, ptr, ptr)

@delim = private constant [2 x i8] c",\00"
@gsave = global ptr null
@g = global ptr null

; CHECK-LABEL: escape facts for 'strtok_keeps':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (call parameter), freed
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> {heap} (call parameter)
; CHECK-NEXT:    heap %d (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strtok_keeps() {
  %s = call ptr @malloc(i64 32)
  %d = call ptr @malloc(i64 4)
  %t = call ptr @strtok(ptr %s, ptr %d)
  %t2 = call ptr @strtok(ptr null, ptr %d)
  call void @free(ptr %d)
  call void @free(ptr %s)
  ret void
}

; strtok_r with a local saveptr, tokens used locally: nothing escapes.
; CHECK-LABEL: escape facts for 'strtok_r_local':
; CHECK-NEXT:    local %save: does not escape
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i8 @strtok_r_local() {
  %save = alloca ptr
  %s = call ptr @malloc(i64 32)
  %t1 = call ptr @strtok_r(ptr %s, ptr @delim, ptr %save)
  %t2 = call ptr @strtok_r(ptr null, ptr @delim, ptr %save)
  %c = load i8, ptr %t2
  call void @free(ptr %s)
  ret i8 %c
}

; strtok_r with a global saveptr: the string escapes through it.
; CHECK-LABEL: escape facts for 'strtok_r_global_save':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> *{unknown} (store)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strtok_r_global_save() {
  %s = call ptr @malloc(i64 32)
  %t = call ptr @strtok_r(ptr %s, ptr @delim, ptr @gsave)
  ret void
}

; The token (a pointer into the string) is published.
; CHECK-LABEL: escape facts for 'strtok_r_token_published':
; CHECK-NEXT:    local %save: does not escape
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> %t (call result)
; CHECK-NEXT:      %t -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @strtok_r_token_published() {
  %save = alloca ptr
  %s = call ptr @malloc(i64 32)
  %t = call ptr @strtok_r(ptr %s, ptr @delim, ptr %save)
  store ptr %t, ptr @g
  ret void
}

; A later call with a null string returns a pointer read from *saveptr:
; publishing that token publishes the first call's string.
; CHECK-LABEL: escape facts for 'strtok_r_continuation_published':
; CHECK-NEXT:    local %save: does not escape
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> *%save (store)
; CHECK-NEXT:      *%save -> %t2 (load)
; CHECK-NEXT:      %t2 -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @strtok_r_continuation_published() {
  %save = alloca ptr
  %s = call ptr @malloc(i64 32)
  %t1 = call ptr @strtok_r(ptr %s, ptr @delim, ptr %save)
  %t2 = call ptr @strtok_r(ptr null, ptr @delim, ptr %save)
  store ptr %t2, ptr @g
  ret void
}

; The delimiter string is only read.
; CHECK-LABEL: escape facts for 'strtok_r_delim':
; CHECK-NEXT:    param %s: does not escape
; CHECK-NEXT:    local %save: does not escape
; CHECK-NEXT:    heap %d (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strtok_r_delim(ptr %s) {
  %save = alloca ptr
  %d = call ptr @malloc(i64 4)
  %t = call ptr @strtok_r(ptr %s, ptr %d, ptr %save)
  call void @free(ptr %d)
  ret void
}
