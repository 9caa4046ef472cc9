; What a call may do with a promoted buffer. Only a callee that neither
; captures nor frees the argument leaves it promotable: free's own argument
; is nocapture, so "not captured" alone does not mean "not freed".
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

declare void @nocapture_nofree(ptr nocapture nofree)
declare void @nocapture_only(ptr nocapture)
declare void @nofree_only(ptr nofree)
declare void @nocapture_fn_nofree(ptr nocapture) nofree
declare void @nocapture_readonly_fn(ptr nocapture) memory(read)
declare void @unknown(ptr)
declare void @unknown_varargs(i32, ...)
declare i32 @printf_like_but_unknown(ptr, ...)

; positive: the callee neither keeps nor frees the buffer.
define void @to_nocapture_nofree() {
; CHECK-LABEL: define void @to_nocapture_nofree(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    call void @nocapture_nofree(ptr %p.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void @nocapture_nofree(ptr %p)
  call void @free(ptr %p)
  ret void
}

; positive: nofree on the function instead of the parameter.
define void @to_nocapture_fn_nofree() {
; CHECK-LABEL: define void @to_nocapture_fn_nofree(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK:         call void @nocapture_fn_nofree(ptr %p.stack)
  %p = call ptr @malloc(i64 16)
  call void @nocapture_fn_nofree(ptr %p)
  call void @free(ptr %p)
  ret void
}

; positive: a function that only reads memory cannot free.
define void @to_readonly() {
; CHECK-LABEL: define void @to_readonly(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK:         call void @nocapture_readonly_fn(ptr %p.stack)
  %p = call ptr @malloc(i64 16)
  call void @nocapture_readonly_fn(ptr %p)
  call void @free(ptr %p)
  ret void
}

; positive: nocapture and nofree given at the call site only.
define void @call_site_attributes() {
; CHECK-LABEL: define void @call_site_attributes(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK:         call void @unknown(ptr {{.*}}%p.stack)
  %p = call ptr @malloc(i64 16)
  call void @unknown(ptr nocapture nofree %p)
  call void @free(ptr %p)
  ret void
}

; negative: nocapture but not nofree: the callee may free the buffer.
define void @to_nocapture_only() {
; CHECK-LABEL: define void @to_nocapture_only(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @nocapture_only(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void @nocapture_only(ptr %p)
  ret void
}

; negative: the same, with a free after the call (a double free if the callee
; freed it; either way the free must stay).
define void @to_nocapture_only_then_free() {
; CHECK-LABEL: define void @to_nocapture_only_then_free(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @nocapture_only(ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void @nocapture_only(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: nofree but not nocapture: the callee may keep the pointer.
define void @to_nofree_only() {
; CHECK-LABEL: define void @to_nofree_only(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @nofree_only(ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void @nofree_only(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: nothing is known about the callee.
define void @to_unknown() {
; CHECK-LABEL: define void @to_unknown(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @unknown(ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void @unknown(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: a pointer into the middle of the buffer escapes just the same.
define void @interior_to_unknown() {
; CHECK-LABEL: define void @interior_to_unknown(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = getelementptr inbounds i8, ptr %p, i64 8
; CHECK-NEXT:    call void @unknown(ptr %q)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %q = getelementptr inbounds i8, ptr %p, i64 8
  call void @unknown(ptr %q)
  call void @free(ptr %p)
  ret void
}

; negative: an indirect call with no call-site attributes: the target is
; unknown.
define void @indirect(ptr %fn) {
; CHECK-LABEL: define void @indirect(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void %fn(ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void %fn(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: a variadic argument to an unknown variadic function.
define void @variadic_unknown() {
; CHECK-LABEL: define void @variadic_unknown(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void (i32, ...) @unknown_varargs(i32 1, ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void (i32, ...) @unknown_varargs(i32 1, ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: variadic argument after a harmless one; the variadic part
; decides.
define void @variadic_second(ptr %fmt) {
; CHECK-LABEL: define void @variadic_second(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %r = call i32 (ptr, ...) @printf_like_but_unknown(ptr {{.*}}%fmt, ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %r = call i32 (ptr, ...) @printf_like_but_unknown(ptr nocapture nofree %fmt, ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: inline asm can do anything with its operands, whatever the call
; site claims.
define void @inline_asm() {
; CHECK-LABEL: define void @inline_asm(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void asm sideeffect "", "r,~{memory}"(ptr {{.*}}%p)
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  call void asm sideeffect "", "r,~{memory}"(ptr nocapture nofree %p)
  call void @free(ptr %p)
  ret void
}

; negative: the buffer is passed through a local slot to a callee that does
; not capture the slot but may free what it finds there.
define void @content_freed_by_callee() {
; CHECK-LABEL: define void @content_freed_by_callee(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %slot, align 8
; CHECK-NEXT:    call void @nocapture_nofree(ptr %slot)
; CHECK-NEXT:    ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  call void @nocapture_nofree(ptr %slot)
  ret void
}

; positive: the same slot passed to a callee that only reads memory.
define void @content_read_by_readonly() {
; CHECK-LABEL: define void @content_read_by_readonly(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    store ptr %p.stack, ptr %slot, align 8
; CHECK-NEXT:    call void @nocapture_readonly_fn(ptr %slot)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  call void @nocapture_readonly_fn(ptr %slot)
  call void @free(ptr %p)
  ret void
}

; positive: passed byval: the callee gets a copy of the bytes, never the
; pointer.
declare void @takes_byval(ptr byval({ i64, i64 }))
define void @byval_copy() {
; CHECK-LABEL: define void @byval_copy(
; CHECK-NEXT:    %s.stack = alloca [16 x i8], align 16
; CHECK:         call void @takes_byval(ptr byval({ i64, i64 }) %s.stack)
  %s = call ptr @malloc(i64 16)
  call void @takes_byval(ptr byval({ i64, i64 }) %s)
  call void @free(ptr %s)
  ret void
}

; negative: a pointer held in the byval copy can be kept by the callee.
declare void @takes_byval_ptr(ptr byval({ ptr, i64 }))
define void @byval_holds_pointer() {
; CHECK-LABEL: define void @byval_holds_pointer(
; CHECK-NEXT:    %s.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %s.stack)
; CHECK-NEXT:    %inner = call ptr @malloc(i64 8)
; CHECK-NEXT:    store ptr %inner, ptr %s.stack, align 8
; CHECK-NEXT:    call void @takes_byval_ptr(ptr byval({ ptr, i64 }) %s.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %s.stack)
  %s = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 8)
  store ptr %inner, ptr %s
  call void @takes_byval_ptr(ptr byval({ ptr, i64 }) %s)
  call void @free(ptr %s)
  ret void
}

; negative: an operand bundle hands the pointer to the runtime.
define void @operand_bundle() {
; CHECK-LABEL: define void @operand_bundle(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @nocapture_nofree(ptr %p) [ "deopt"(ptr %p) ]
  %p = call ptr @malloc(i64 16)
  call void @nocapture_nofree(ptr %p) [ "deopt"(ptr %p) ]
  call void @free(ptr %p)
  ret void
}
