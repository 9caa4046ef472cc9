; libc functions that only read their pointer arguments (strlen, strcmp,
; memcmp, atoi, puts, getenv, ...): the buffer does not escape, and a pointer
; stored in it does not either.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i64 @strlen(ptr)
declare i64 @strnlen(ptr, i64)
declare i32 @strcmp(ptr, ptr)
declare i32 @strncmp(ptr, ptr, i64)
declare i32 @strcasecmp(ptr, ptr)
declare i32 @strncasecmp(ptr, ptr, i64)
declare i32 @strcoll(ptr, ptr)
declare i32 @memcmp(ptr, ptr, i64)
declare i32 @bcmp(ptr, ptr, i64)
declare i64 @strspn(ptr, ptr)
declare i64 @strcspn(ptr, ptr)
declare i32 @atoi(ptr)
declare i64 @atol(ptr)
declare i64 @atoll(ptr)
declare double @atof(ptr)
declare i32 @puts(ptr)
declare void @perror(ptr)
declare ptr @getenv(ptr)
declare i64 @__strlen_chk(ptr, i64)

; CHECK-LABEL: escape facts for 'lengths':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NEXT:    heap %b (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i64 @lengths() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %l1 = call i64 @strlen(ptr %a)
  %l2 = call i64 @strnlen(ptr %b, i64 16)
  %l3 = call i64 @__strlen_chk(ptr %a, i64 16)
  %s = add i64 %l1, %l2
  %t = add i64 %s, %l3
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret i64 %t
}

; CHECK-LABEL: escape facts for 'compares':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NEXT:    heap %b (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i32 @compares() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %c1 = call i32 @strcmp(ptr %a, ptr %b)
  %c2 = call i32 @strncmp(ptr %b, ptr %a, i64 4)
  %c3 = call i32 @strcasecmp(ptr %a, ptr %b)
  %c4 = call i32 @strncasecmp(ptr %a, ptr %b, i64 4)
  %c5 = call i32 @strcoll(ptr %a, ptr %b)
  %c6 = call i32 @memcmp(ptr %a, ptr %b, i64 16)
  %c7 = call i32 @bcmp(ptr %a, ptr %b, i64 16)
  %s1 = add i32 %c1, %c2
  %s2 = add i32 %s1, %c3
  %s3 = add i32 %s2, %c4
  %s4 = add i32 %s3, %c5
  %s5 = add i32 %s4, %c6
  %s6 = add i32 %s5, %c7
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret i32 %s6
}

; CHECK-LABEL: escape facts for 'spans_and_numbers':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i64 @spans_and_numbers() {
  %a = call ptr @malloc(i64 16)
  %s1 = call i64 @strspn(ptr %a, ptr %a)
  %s2 = call i64 @strcspn(ptr %a, ptr %a)
  %n1 = call i32 @atoi(ptr %a)
  %n2 = call i64 @atol(ptr %a)
  %n3 = call i64 @atoll(ptr %a)
  %n4 = call double @atof(ptr %a)
  %e = sext i32 %n1 to i64
  %r1 = add i64 %s1, %s2
  %r2 = add i64 %r1, %e
  %r3 = add i64 %r2, %n2
  %r4 = add i64 %r3, %n3
  call void @free(ptr %a)
  ret i64 %r4
}

; CHECK-LABEL: escape facts for 'output':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @output() {
  %a = call ptr @malloc(i64 16)
  %r = call i32 @puts(ptr %a)
  call void @perror(ptr %a)
  %e = call ptr @getenv(ptr %a)
  call void @free(ptr %a)
  ret void
}

; A pointer stored inside the string buffer is read as bytes by strlen, and
; its length depends on them (where the first zero byte is): bits of the
; pointer leave through the result, so the inner object escapes.
; CHECK-LABEL: escape facts for 'holder_read':
; CHECK-NEXT:    heap %holder (malloc): does not escape, freed, punned
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (pointer read as integer), freed
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%holder (store)
; CHECK-NEXT:      *%holder -> {heap} (pointer read as integer)
; CHECK-NOT:     {{^ }}
define i64 @holder_read() {
  %holder = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 16)
  store ptr %inner, ptr %holder
  %l = call i64 @strlen(ptr %holder)
  call void @free(ptr %inner)
  call void @free(ptr %holder)
  ret i64 %l
}

; getenv's result is libc's memory, not the argument.
@g = global ptr null
; CHECK-LABEL: escape facts for 'getenv_result':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @getenv_result() {
  %a = call ptr @malloc(i64 16)
  %e = call ptr @getenv(ptr %a)
  store ptr %e, ptr @g
  call void @free(ptr %a)
  ret void
}
