; The copy family (memcpy, memmove, mempcpy, memccpy, strcpy, strncpy, stpcpy,
; stpncpy, strcat, strncat, strlcpy, strlcat, strxfrm, bcopy and the _chk
; forms) copies contents: a pointer stored in the source object reaches the
; destination object. Copied into global memory, the pointee escapes; the
; source buffer itself does not. Most return (a pointer into) the
; destination.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @memcpy(ptr, ptr, i64)
declare ptr @memmove(ptr, ptr, i64)
declare ptr @mempcpy(ptr, ptr, i64)
declare ptr @memccpy(ptr, ptr, i32, i64)
declare ptr @__memcpy_chk(ptr, ptr, i64, i64)
declare ptr @__memmove_chk(ptr, ptr, i64, i64)
declare ptr @__mempcpy_chk(ptr, ptr, i64, i64)
declare ptr @strcpy(ptr, ptr)
declare ptr @strncpy(ptr, ptr, i64)
declare ptr @stpcpy(ptr, ptr)
declare ptr @stpncpy(ptr, ptr, i64)
declare ptr @strcat(ptr, ptr)
declare ptr @strncat(ptr, ptr, i64)
declare ptr @__strcpy_chk(ptr, ptr, i64)
declare ptr @__stpcpy_chk(ptr, ptr, i64)
declare ptr @__strncpy_chk(ptr, ptr, i64, i64)
declare ptr @__strcat_chk(ptr, ptr, i64)
declare i64 @strlcpy(ptr, ptr, i64)
declare i64 @strlcat(ptr, ptr, i64)
declare i64 @strxfrm(ptr, ptr, i64)
declare void @bcopy(ptr, ptr, i64)

@gbuf = global [16 x i8] zeroinitializer
@g = global ptr null

; memcpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'memcpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @memcpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @memcpy(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; memcpy: from global memory into a local buffer holding a pointer: nothing
; local escapes.
; CHECK-LABEL: escape facts for 'memcpy_from_global':
; CHECK-NEXT:    heap %dst (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @memcpy_from_global() {
  %dst = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %dst
  %r = call ptr @memcpy(ptr %dst, ptr @gbuf, i64 16)
  call void @free(ptr %inner)
  call void @free(ptr %dst)
  ret void
}

; memcpy returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'memcpy_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @memcpy_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @memcpy(ptr %dst, ptr %src, i64 16)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; memmove: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'memmove_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @memmove_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @memmove(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; mempcpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'mempcpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @mempcpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @mempcpy(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; mempcpy returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'mempcpy_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @mempcpy_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @mempcpy(ptr %dst, ptr %src, i64 16)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; memccpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'memccpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @memccpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @memccpy(ptr @gbuf, ptr %src, i32 0, i64 16)
  call void @free(ptr %src)
  ret void
}

; memccpy returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'memccpy_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @memccpy_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @memccpy(ptr %dst, ptr %src, i32 0, i64 16)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; __memcpy_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'memcpy_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @memcpy_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__memcpy_chk(ptr @gbuf, ptr %src, i64 16, i64 16)
  call void @free(ptr %src)
  ret void
}

; __memcpy_chk returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'memcpy_chk_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @memcpy_chk_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @__memcpy_chk(ptr %dst, ptr %src, i64 16, i64 16)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; __memmove_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'memmove_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @memmove_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__memmove_chk(ptr @gbuf, ptr %src, i64 16, i64 16)
  call void @free(ptr %src)
  ret void
}

; __mempcpy_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'mempcpy_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @mempcpy_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__mempcpy_chk(ptr @gbuf, ptr %src, i64 16, i64 16)
  call void @free(ptr %src)
  ret void
}

; strcpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strcpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strcpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @strcpy(ptr @gbuf, ptr %src)
  call void @free(ptr %src)
  ret void
}

; strcpy: from global memory into a local buffer holding a pointer: nothing
; local escapes.
; CHECK-LABEL: escape facts for 'strcpy_from_global':
; CHECK-NEXT:    heap %dst (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strcpy_from_global() {
  %dst = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %dst
  %r = call ptr @strcpy(ptr %dst, ptr @gbuf)
  call void @free(ptr %inner)
  call void @free(ptr %dst)
  ret void
}

; strcpy returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'strcpy_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strcpy_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @strcpy(ptr %dst, ptr %src)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; strncpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strncpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strncpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @strncpy(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; strncpy returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'strncpy_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strncpy_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @strncpy(ptr %dst, ptr %src, i64 16)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; stpcpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'stpcpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @stpcpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @stpcpy(ptr @gbuf, ptr %src)
  call void @free(ptr %src)
  ret void
}

; stpcpy returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'stpcpy_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @stpcpy_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @stpcpy(ptr %dst, ptr %src)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; stpncpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'stpncpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @stpncpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @stpncpy(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; strcat: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strcat_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strcat_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @strcat(ptr @gbuf, ptr %src)
  call void @free(ptr %src)
  ret void
}

; strcat returns (a pointer into) its destination: storing the result
; publishes the destination, not the source.
; CHECK-LABEL: escape facts for 'strcat_result':
; CHECK-NEXT:    heap %dst (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%dst -> %dst (address-of)
; CHECK-NEXT:      %dst -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strcat_result() {
  %dst = call ptr @malloc(i64 16)
  %src = call ptr @malloc(i64 16)
  %r = call ptr @strcat(ptr %dst, ptr %src)
  store ptr %r, ptr @g
  call void @free(ptr %src)
  ret void
}

; strncat: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strncat_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strncat_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @strncat(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; __strcpy_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strcpy_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strcpy_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__strcpy_chk(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; __stpcpy_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'stpcpy_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @stpcpy_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__stpcpy_chk(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; __strncpy_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strncpy_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strncpy_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__strncpy_chk(ptr @gbuf, ptr %src, i64 16, i64 16)
  call void @free(ptr %src)
  ret void
}

; __strcat_chk: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strcat_chk_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strcat_chk_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call ptr @__strcat_chk(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; strlcpy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strlcpy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strlcpy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call i64 @strlcpy(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; strlcpy: from global memory into a local buffer holding a pointer: nothing
; local escapes.
; CHECK-LABEL: escape facts for 'strlcpy_from_global':
; CHECK-NEXT:    heap %dst (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @strlcpy_from_global() {
  %dst = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %dst
  %r = call i64 @strlcpy(ptr %dst, ptr @gbuf, i64 16)
  call void @free(ptr %inner)
  call void @free(ptr %dst)
  ret void
}

; strlcat: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strlcat_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strlcat_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call i64 @strlcat(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; strxfrm: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'strxfrm_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @strxfrm_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  %r = call i64 @strxfrm(ptr @gbuf, ptr %src, i64 16)
  call void @free(ptr %src)
  ret void
}

; bcopy: a pointer held by the source is copied into global memory.
; CHECK-LABEL: escape facts for 'bcopy_into_global':
; CHECK-NEXT:    heap %src (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%src (store)
; CHECK-NEXT:      *%src -> *{unknown} (memcpy of pointer)
; CHECK-NEXT:      *{unknown} -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @bcopy_into_global() {
  %src = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %src
  call void @bcopy(ptr %src, ptr @gbuf, i64 16)
  call void @free(ptr %src)
  ret void
}

; bcopy: from global memory into a local buffer holding a pointer: nothing
; local escapes.
; CHECK-LABEL: escape facts for 'bcopy_from_global':
; CHECK-NEXT:    heap %dst (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @bcopy_from_global() {
  %dst = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %dst
  call void @bcopy(ptr @gbuf, ptr %dst, i64 16)
  call void @free(ptr %inner)
  call void @free(ptr %dst)
  ret void
}

; Between two local buffers, then read back and used locally: nothing
; escapes.
; CHECK-LABEL: escape facts for 'local_to_local':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NEXT:    heap %b (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @local_to_local() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %a
  %r = call ptr @strcpy(ptr %b, ptr %a)
  %p = load ptr, ptr %r
  call void @free(ptr %p)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}

; The copy lands in a local that is then published: the pointee escapes
; through it.
; CHECK-LABEL: escape facts for 'copy_then_publish':
; CHECK-NEXT:    heap %a (malloc): does not escape, freed
; CHECK-NEXT:    heap %b (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%b -> %b (address-of)
; CHECK-NEXT:      %b -> {heap} (assign to global)
; CHECK-NEXT:    heap %inner (malloc): escapes to heap (stored in escaping object)
; CHECK-NEXT:      &%inner -> %inner (address-of)
; CHECK-NEXT:      %inner -> *%a (store)
; CHECK-NEXT:      *%a -> *%b (memcpy of pointer)
; CHECK-NEXT:      *%b -> {heap} (stored in escaping object)
; CHECK-NOT:     {{^ }}
define void @copy_then_publish() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %a
  %r = call ptr @memmove(ptr %b, ptr %a, i64 16)
  store ptr %b, ptr @g
  call void @free(ptr %a)
  ret void
}
