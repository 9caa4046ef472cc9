; Parameter facts: does not escape / leaks / leaks content / to result
; level=N / freed, with the reason of the deciding flow. Every block ends
; with a CHECK-NOT of any further indented line, so no fact slips by.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @free(ptr)
declare void @unknown(ptr)
declare void @nocapture_only(ptr nocapture)
declare void @harmless(ptr nocapture nofree) memory(read)
declare ptr @realloc(ptr, i64)

@g = global ptr null

; CHECK-LABEL: escape facts for 'reads':
; CHECK-NEXT:    param %p: does not escape
; CHECK-NOT:     {{^ }}
define i32 @reads(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

; CHECK-LABEL: escape facts for 'writes_data':
; CHECK-NEXT:    param %p: does not escape
; CHECK-NOT:     {{^ }}
define void @writes_data(ptr %p) {
  store i64 0, ptr %p
  ret void
}

; CHECK-LABEL: escape facts for 'to_harmless_callee':
; CHECK-NEXT:    param %p: does not escape
; CHECK-NOT:     {{^ }}
define void @to_harmless_callee(ptr %p) {
  call void @harmless(ptr %p)
  ret void
}

; CHECK-LABEL: escape facts for 'leaks_global':
; CHECK-NEXT:    param %p: leaks (assign to global)
; CHECK-NOT:     {{^ }}
define void @leaks_global(ptr %p) {
  store ptr %p, ptr @g
  ret void
}

; CHECK-LABEL: escape facts for 'leaks_unknown_callee':
; CHECK-NEXT:    param %p: leaks (unknown callee)
; CHECK-NOT:     {{^ }}
define void @leaks_unknown_callee(ptr %p) {
  call void @unknown(ptr %p)
  ret void
}

; An interior pointer leaks the parameter just the same.
; CHECK-LABEL: escape facts for 'leaks_interior':
; CHECK-NEXT:    param %p: leaks (assign to global)
; CHECK-NOT:     {{^ }}
define void @leaks_interior(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 16
  store ptr %q, ptr @g
  ret void
}

; *out = v: v leaks through the caller's memory; out itself does not.
; CHECK-LABEL: escape facts for 'stores_into':
; CHECK-NEXT:    param %out: does not escape
; CHECK-NEXT:    param %v: leaks (store through pointer)
; CHECK-NOT:     {{^ }}
define void @stores_into(ptr %out, ptr %v) {
  store ptr %v, ptr %out
  ret void
}

; CHECK-LABEL: escape facts for 'leaks_content':
; CHECK-NEXT:    param %pp: leaks content (assign to global)
; CHECK-NOT:     {{^ }}
define void @leaks_content(ptr %pp) {
  %p = load ptr, ptr %pp
  store ptr %p, ptr @g
  ret void
}

; Two levels down is still content.
; CHECK-LABEL: escape facts for 'leaks_content_deep':
; CHECK-NEXT:    param %ppp: leaks content (unknown callee)
; CHECK-NOT:     {{^ }}
define void @leaks_content_deep(ptr %ppp) {
  %pp = load ptr, ptr %ppp
  %p = load ptr, ptr %pp
  call void @unknown(ptr %p)
  ret void
}

; CHECK-LABEL: escape facts for 'to_result0':
; CHECK-NEXT:    param %p: to result level=0
; CHECK-NOT:     {{^ }}
define ptr @to_result0(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

; CHECK-LABEL: escape facts for 'to_result1':
; CHECK-NEXT:    param %pp: to result level=1
; CHECK-NOT:     {{^ }}
define ptr @to_result1(ptr %pp) {
  %p = load ptr, ptr %pp
  ret ptr %p
}

; The parameter goes through a local slot (-O0 style) to the result.
; CHECK-LABEL: escape facts for 'to_result_via_slot':
; CHECK-NEXT:    param %p: to result level=0
; CHECK-NEXT:    local %slot: does not escape
; CHECK-NOT:     {{^ }}
define ptr @to_result_via_slot(ptr %p) {
  %slot = alloca ptr, align 8
  store ptr %p, ptr %slot
  %r = load ptr, ptr %slot
  ret ptr %r
}

; The lower level wins when both reach the result.
; CHECK-LABEL: escape facts for 'to_result_both_levels':
; CHECK-NEXT:    param %pp: to result level=0
; CHECK-NOT:     {{^ }}
define ptr @to_result_both_levels(ptr %pp, i1 %c) {
  %p = load ptr, ptr %pp
  %r = select i1 %c, ptr %pp, ptr %p
  ret ptr %r
}

; CHECK-LABEL: escape facts for 'leaks_and_returned':
; CHECK-NEXT:    param %p: leaks (assign to global), to result level=0
; CHECK-NOT:     {{^ }}
define ptr @leaks_and_returned(ptr %p) {
  store ptr %p, ptr @g
  ret ptr %p
}

; CHECK-LABEL: escape facts for 'frees':
; CHECK-NEXT:    param %p: freed
; CHECK-NOT:     {{^ }}
define void @frees(ptr %p) {
  call void @free(ptr %p)
  ret void
}

; A callee that does not capture p may still free it.
; CHECK-LABEL: escape facts for 'freed_by_callee':
; CHECK-NEXT:    param %p: leaks content (freed by callee), freed
; CHECK-NOT:     {{^ }}
define void @freed_by_callee(ptr %p) {
  call void @nocapture_only(ptr %p)
  ret void
}

; CHECK-LABEL: escape facts for 'reallocs':
; CHECK-NEXT:    param %p: leaks content (realloc), freed
; CHECK-NOT:     {{^ }}
define ptr @reallocs(ptr %p) {
  %q = call ptr @realloc(ptr %p, i64 10)
  ret ptr %q
}

; Non-pointer parameters are not listed.
; CHECK-LABEL: escape facts for 'mixed':
; CHECK-NEXT:    param %p: does not escape
; CHECK-NOT:     {{^ }}
define i32 @mixed(i32 %a, ptr %p, i64 %b) {
  %v = load i32, ptr %p
  ret i32 %v
}

; CHECK-LABEL: escape facts for 'two_params':
; CHECK-NEXT:    param %a: to result level=0
; CHECK-NEXT:    param %b: leaks (unknown callee)
; CHECK-NOT:     {{^ }}
define ptr @two_params(ptr %a, ptr %b) {
  call void @unknown(ptr %b)
  ret ptr %a
}
