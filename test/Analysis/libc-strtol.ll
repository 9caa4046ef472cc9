; The strtol family (strtol, strtoul, strtoll, strtoull, strtod, strtof,
; strtold, and glibc's __isoc23_strtol names) stores a pointer into the string
; through endptr: the string goes wherever *endptr goes.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i64 @strtol(ptr, ptr, i32)
declare i64 @strtoul(ptr, ptr, i32)
declare i64 @strtoll(ptr, ptr, i32)
declare i64 @strtoull(ptr, ptr, i32)
declare double @strtod(ptr, ptr)
declare float @strtof(ptr, ptr)
declare x86_fp80 @strtold(ptr, ptr)
declare i64 @__isoc23_strtol(ptr, ptr, i32)
declare i64 @__isoc23_strtoull(ptr, ptr, i32)

@gend = global ptr null

; endptr is a local: the string stays local, even when *endptr is read back
; and used.
; CHECK-LABEL: escape facts for 'local_endptr':
; CHECK-NEXT:    local %end: does not escape
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i64 @local_endptr() {
  %end = alloca ptr
  %s = call ptr @malloc(i64 32)
  %a = call i64 @strtol(ptr %s, ptr %end, i32 10)
  %e = load ptr, ptr %end
  %b = call i64 @strtoul(ptr %e, ptr %end, i32 10)
  %c = call i64 @strtoll(ptr %s, ptr %end, i32 10)
  %d = call i64 @strtoull(ptr %s, ptr %end, i32 10)
  %f = call double @strtod(ptr %s, ptr %end)
  %g = call float @strtof(ptr %s, ptr %end)
  %h = call x86_fp80 @strtold(ptr %s, ptr %end)
  %i = call i64 @__isoc23_strtol(ptr %s, ptr %end, i32 10)
  %r1 = add i64 %a, %b
  %r2 = add i64 %r1, %c
  %r3 = add i64 %r2, %d
  %r4 = add i64 %r3, %i
  call void @free(ptr %s)
  ret i64 %r4
}

; A null endptr: nothing is stored.
; CHECK-LABEL: escape facts for 'null_endptr':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i64 @null_endptr() {
  %s = call ptr @malloc(i64 32)
  %a = call i64 @strtol(ptr %s, ptr null, i32 10)
  call void @free(ptr %s)
  ret i64 %a
}

; endptr is a global: the string escapes through it.
; CHECK-LABEL: escape facts for 'global_endptr':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> *{unknown} (store)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define i64 @global_endptr() {
  %s = call ptr @malloc(i64 32)
  %a = call i64 @strtol(ptr %s, ptr @gend, i32 10)
  ret i64 %a
}

; Each member of the family, with a global endptr.
; CHECK-LABEL: escape facts for 'family_global_endptr':
; CHECK-NEXT:    heap %a (malloc): escapes to heap
; CHECK:         heap %b (malloc): escapes to heap
; CHECK:         heap %c (malloc): escapes to heap
; CHECK:         heap %d (malloc): escapes to heap
; CHECK:         heap %e (malloc): escapes to heap
; CHECK:         heap %f (malloc): escapes to heap
; CHECK:         heap %g (malloc): escapes to heap
; CHECK:         heap %h (malloc): escapes to heap
define void @family_global_endptr() {
  %a = call ptr @malloc(i64 32)
  %b = call ptr @malloc(i64 32)
  %c = call ptr @malloc(i64 32)
  %d = call ptr @malloc(i64 32)
  %e = call ptr @malloc(i64 32)
  %f = call ptr @malloc(i64 32)
  %g = call ptr @malloc(i64 32)
  %h = call ptr @malloc(i64 32)
  %r1 = call i64 @strtoul(ptr %a, ptr @gend, i32 10)
  %r2 = call i64 @strtoll(ptr %b, ptr @gend, i32 10)
  %r3 = call i64 @strtoull(ptr %c, ptr @gend, i32 10)
  %r4 = call double @strtod(ptr %d, ptr @gend)
  %r5 = call float @strtof(ptr %e, ptr @gend)
  %r6 = call x86_fp80 @strtold(ptr %f, ptr @gend)
  %r7 = call i64 @__isoc23_strtol(ptr %g, ptr @gend, i32 10)
  %r8 = call i64 @__isoc23_strtoull(ptr %h, ptr @gend, i32 10)
  ret void
}

; endptr is a parameter: the caller sees the pointer into the string.
; CHECK-LABEL: escape facts for 'param_endptr':
; CHECK-NEXT:    param %endp: does not escape
; CHECK-NEXT:    heap %s (malloc): escapes to heap (store through pointer)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> **%endp (store)
; CHECK-NEXT:      **%endp -> {heap} (store through pointer)
; CHECK-NOT:     {{^ }}
define i64 @param_endptr(ptr %endp) {
  %s = call ptr @malloc(i64 32)
  %a = call i64 @strtol(ptr %s, ptr %endp, i32 10)
  ret i64 %a
}

; endptr is a local slot whose content is later stored to a global.
; CHECK-LABEL: escape facts for 'endptr_published_later':
; CHECK-NEXT:    local %end: does not escape
; CHECK-NEXT:    heap %s (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%s -> %s (address-of)
; CHECK-NEXT:      %s -> *%end (store)
; CHECK-NEXT:      *%end -> %e (load)
; CHECK-NEXT:      %e -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define i64 @endptr_published_later() {
  %end = alloca ptr
  %s = call ptr @malloc(i64 32)
  %a = call i64 @strtol(ptr %s, ptr %end, i32 10)
  %e = load ptr, ptr %end
  store ptr %e, ptr @gend
  ret i64 %a
}
