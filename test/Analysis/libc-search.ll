; strchr/strrchr/memchr/memrchr/strstr/strpbrk return a pointer into their
; first argument: what happens to the result happens to the buffer. The
; other arguments are only read.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @strchr(ptr, i32)
declare ptr @strrchr(ptr, i32)
declare ptr @memchr(ptr, i32, i64)
declare ptr @memrchr(ptr, i32, i64)
declare ptr @strstr(ptr, ptr)
declare ptr @strpbrk(ptr, ptr)

@g = global ptr null

; The result used locally: nothing escapes.
; CHECK-LABEL: escape facts for 'local_use':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NEXT:    heap %needle (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i8 @local_use() {
  %s = call ptr @malloc(i64 32)
  %needle = call ptr @malloc(i64 8)
  %r1 = call ptr @strchr(ptr %s, i32 47)
  %r2 = call ptr @strstr(ptr %s, ptr %needle)
  %r3 = call ptr @strpbrk(ptr %s, ptr %needle)
  %c1 = load i8, ptr %r1
  store i8 0, ptr %r2
  store i8 0, ptr %r3
  call void @free(ptr %needle)
  call void @free(ptr %s)
  ret i8 %c1
}

; CHECK-LABEL: escape facts for 'strchr_to_global':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @strchr_to_global() {
  %s = call ptr @malloc(i64 32)
  %r = call ptr @strchr(ptr %s, i32 47)
  store ptr %r, ptr @g
  ret void
}

; CHECK-LABEL: escape facts for 'strrchr_returned':
; CHECK-NEXT:    heap %s (malloc): returned
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> %r (call result)
; CHECK-NEXT:      %r -> {result} (return)
; CHECK-NOT:     {{^ }}
define ptr @strrchr_returned() {
  %s = call ptr @malloc(i64 32)
  %r = call ptr @strrchr(ptr %s, i32 47)
  ret ptr %r
}

; CHECK-LABEL: escape facts for 'memchr_to_global':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK-NOT:     {{^    }}heap
define void @memchr_to_global() {
  %s = call ptr @malloc(i64 32)
  %r = call ptr @memchr(ptr %s, i32 0, i64 32)
  store ptr %r, ptr @g
  ret void
}

; CHECK-LABEL: escape facts for 'memrchr_to_global':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK-NOT:     {{^    }}heap
define void @memrchr_to_global() {
  %s = call ptr @malloc(i64 32)
  %r = call ptr @memrchr(ptr %s, i32 0, i64 32)
  store ptr %r, ptr @g
  ret void
}

; strstr: the haystack escapes through the result, the needle does not.
; CHECK-LABEL: escape facts for 'strstr_to_global':
; CHECK-NEXT:    heap %hay (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%hay -> %hay (address-of)
; CHECK-NEXT:      %hay -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %needle (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strstr_to_global() {
  %hay = call ptr @malloc(i64 32)
  %needle = call ptr @malloc(i64 8)
  %r = call ptr @strstr(ptr %hay, ptr %needle)
  store ptr %r, ptr @g
  call void @free(ptr %needle)
  ret void
}

; CHECK-LABEL: escape facts for 'strpbrk_to_global':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK:         heap %set (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strpbrk_to_global() {
  %s = call ptr @malloc(i64 32)
  %set = call ptr @malloc(i64 8)
  %r = call ptr @strpbrk(ptr %s, ptr %set)
  store ptr %r, ptr @g
  call void @free(ptr %set)
  ret void
}

; The result is freed: that frees the searched buffer (only valid when the
; match is at offset 0, but the analysis must see the free).
; CHECK-LABEL: escape facts for 'result_freed':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @result_freed() {
  %s = call ptr @malloc(i64 32)
  %r = call ptr @strchr(ptr %s, i32 47)
  call void @free(ptr %r)
  ret void
}
