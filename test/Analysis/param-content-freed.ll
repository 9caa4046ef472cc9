; A function that frees what its parameter points to (`free(*pp)`) must say
; so: a caller whose object sits in *pp loses it. "does not escape" would
; let a caller (or a future interprocedural summary) treat the object as
; alive and promotable after the call.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @free(ptr)
declare void @nocapture_only(ptr nocapture)

; free(*pp): the content is freed here.
; CHECK-LABEL: escape facts for 'frees_content':
; CHECK-NEXT:    param %pp: {{.*}}free
; CHECK-NOT:     {{^ }}
define void @frees_content(ptr %pp) {
  %p = load ptr, ptr %pp
  call void @free(ptr %p)
  ret void
}

; The same through a callee that may free: reported, for comparison.
; CHECK-LABEL: escape facts for 'callee_frees_content':
; CHECK-NEXT:    param %pp: leaks content (freed by callee)
; CHECK-NOT:     {{^ }}
define void @callee_frees_content(ptr %pp) {
  %p = load ptr, ptr %pp
  call void @nocapture_only(ptr %p)
  ret void
}
