; qsort(base, n, size, cmp): the comparator is called with pointers into
; base. A known comparator that neither captures nor frees its arguments
; keeps base local; any other comparator may keep base. What base holds
; stays only if the comparator only reads memory and its summary (made by
; heap-to-stack, not by this printer; see
; Transforms/qsort-comparator-summary.ll) shows it reads no pointer as data:
; the order it answers may reveal any byte it reads.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @qsort(ptr, i64, i64, ptr)

declare i32 @cmp_unknown(ptr, ptr)
declare i32 @cmp_nocapture_only(ptr nocapture, ptr nocapture)

; Compares two ints: only reads.
define internal i32 @cmp_int(ptr nocapture readonly %a, ptr nocapture readonly %b) nofree memory(argmem: read) {
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %d = sub i32 %x, %y
  ret i32 %d
}

; Counts comparisons in a global: writes memory, frees nothing.
@ncmp = global i32 0
define internal i32 @cmp_counting(ptr nocapture readonly %a, ptr nocapture readonly %b) nofree {
  %n = load i32, ptr @ncmp
  %n1 = add i32 %n, 1
  store i32 %n1, ptr @ncmp
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %d = sub i32 %x, %y
  ret i32 %d
}

; CHECK-LABEL: escape facts for 'cmp_int':
; CHECK-LABEL: escape facts for 'cmp_counting':

; A read-only comparator: nothing escapes.
; CHECK-LABEL: escape facts for 'sort_ints':
; CHECK-NEXT:    heap %base (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @sort_ints() {
  %base = call ptr @malloc(i64 64)
  call void @qsort(ptr %base, i64 16, i64 4, ptr @cmp_int)
  call void @free(ptr %base)
  ret void
}

; An array of pointers sorted by a read-only comparator that reads each
; element as an int: the order reveals the pointers' bits, the elements
; escape.
; CHECK-LABEL: escape facts for 'sort_pointers_readonly':
; CHECK-NEXT:    heap %base (malloc): does not escape, freed, punned
; CHECK-NEXT:    heap %elt (malloc): escapes to heap (call parameter), freed
; CHECK-NEXT:      &%elt -> %elt (address-of)
; CHECK-NEXT:      %elt -> *%base (store)
; CHECK-NEXT:      *%base -> {temp{{[0-9]+}}} (load)
; CHECK-NEXT:      {temp{{[0-9]+}}} -> {heap} (call parameter)
; CHECK-NOT:     {{^ }}
define void @sort_pointers_readonly() {
  %base = call ptr @malloc(i64 16)
  %elt = call ptr @malloc(i64 4)
  store ptr %elt, ptr %base
  call void @qsort(ptr %base, i64 2, i64 8, ptr @cmp_int)
  call void @free(ptr %elt)
  call void @free(ptr %base)
  ret void
}

; A comparator that writes memory may store what it reads through its
; arguments: base stays, the elements it holds escape.
; CHECK-LABEL: escape facts for 'sort_pointers_writing_cmp':
; CHECK-NEXT:    heap %base (malloc): does not escape, freed, punned
; CHECK-NEXT:    heap %elt (malloc): escapes to heap (call parameter), freed
; CHECK-NEXT:      &%elt -> %elt (address-of)
; CHECK-NEXT:      %elt -> *%base (store)
; CHECK-NEXT:      *%base -> {temp{{[0-9]+}}} (load)
; CHECK-NEXT:      {temp{{[0-9]+}}} -> {heap} (call parameter)
; CHECK-NOT:     {{^ }}
define void @sort_pointers_writing_cmp() {
  %base = call ptr @malloc(i64 16)
  %elt = call ptr @malloc(i64 4)
  store ptr %elt, ptr %base
  call void @qsort(ptr %base, i64 2, i64 8, ptr @cmp_counting)
  call void @free(ptr %elt)
  call void @free(ptr %base)
  ret void
}

; A declared comparator with no attributes may keep its arguments.
; CHECK-LABEL: escape facts for 'sort_unknown_cmp':
; CHECK-NEXT:    heap %base (malloc): escapes to heap (call parameter), freed
; CHECK-NEXT:      &%base -> %base (address-of)
; CHECK-NEXT:      %base -> {heap} (call parameter)
; CHECK-NOT:     {{^ }}
define void @sort_unknown_cmp() {
  %base = call ptr @malloc(i64 64)
  call void @qsort(ptr %base, i64 16, i64 4, ptr @cmp_unknown)
  call void @free(ptr %base)
  ret void
}

; nocapture without nofree: the comparator may free an element's storage.
; CHECK-LABEL: escape facts for 'sort_nocapture_only_cmp':
; CHECK-NEXT:    heap %base (malloc): escapes to heap (call parameter), freed
; CHECK-NOT:     {{^    }}heap
define void @sort_nocapture_only_cmp() {
  %base = call ptr @malloc(i64 64)
  call void @qsort(ptr %base, i64 16, i64 4, ptr @cmp_nocapture_only)
  call void @free(ptr %base)
  ret void
}

; The comparator is a function pointer only known at run time (qsort only
; calls it: the code pointer itself does not escape).
; CHECK-LABEL: escape facts for 'sort_indirect_cmp':
; CHECK-NEXT:    param %cmp: does not escape
; CHECK-NEXT:    heap %base (malloc): escapes to heap (call parameter), freed
; CHECK-NOT:     {{^    }}heap
define void @sort_indirect_cmp(ptr %cmp) {
  %base = call ptr @malloc(i64 64)
  call void @qsort(ptr %base, i64 16, i64 4, ptr %cmp)
  call void @free(ptr %base)
  ret void
}
