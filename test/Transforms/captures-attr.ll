; LLVM 21+ capture attributes: captures(ret: ...) means the argument comes
; back only through the result (which then aliases the buffer);
; captures(address) gives the callee no access to the object in LLVM's
; model, but the address's bits may come back as an integer that C lets the
; program turn into the pointer again, so it counts as a capture;
; captures(address_is_null) reveals nothing.
; REQUIRES: llvm-22
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @ident(ptr captures(ret: address, provenance) nofree) nofree
declare void @addr_only(ptr captures(address) nofree) nofree
declare void @null_test(ptr captures(address_is_null) nofree) nofree
declare void @provenance(ptr captures(address, read_provenance) nofree) nofree

@g = global ptr null

; positive: the returned alias is used locally.
define void @returned_alias_local() {
; CHECK-LABEL: define void @returned_alias_local(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0(ptr %p.stack)
; CHECK-NEXT:    %q = call ptr @ident(ptr %p.stack)
; CHECK-NEXT:    store i32 0, ptr %q, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0(ptr %p.stack)
  %p = call ptr @malloc(i64 16)
  %q = call ptr @ident(ptr %p)
  store i32 0, ptr %q
  call void @free(ptr %p)
  ret void
}

; negative: the returned alias is stored to a global.
define void @returned_alias_published() {
; CHECK-LABEL: define void @returned_alias_published(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = call ptr @ident(ptr %p)
; CHECK-NEXT:    store ptr %q, ptr @g, align 8
  %p = call ptr @malloc(i64 16)
  %q = call ptr @ident(ptr %p)
  store ptr %q, ptr @g
  ret void
}

; negative: the result may be p or any other pointer the callee returns:
; freeing it may free something else, so p and the free stay.
define void @returned_alias_freed() {
; CHECK-LABEL: define void @returned_alias_freed(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = call ptr @ident(ptr %p)
; CHECK-NEXT:    call void @free(ptr %q)
  %p = call ptr @malloc(i64 16)
  %q = call ptr @ident(ptr %p)
  call void @free(ptr %q)
  ret void
}

; negative: the address is captured (compared, hashed): its bits can be
; turned back into the pointer.
define void @address_only() {
; CHECK-LABEL: define void @address_only(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @addr_only(ptr %p)
  %p = call ptr @malloc(i64 16)
  call void @addr_only(ptr %p)
  call void @free(ptr %p)
  ret void
}

; positive: only compared with null.
define void @null_test_only() {
; CHECK-LABEL: define void @null_test_only(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK:         call void @null_test(ptr %p.stack)
  %p = call ptr @malloc(i64 16)
  call void @null_test(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: read provenance is captured: the callee may keep a pointer it
; can read the object through.
define void @read_provenance() {
; CHECK-LABEL: define void @read_provenance(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @provenance(ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
  %p = call ptr @malloc(i64 16)
  call void @provenance(ptr %p)
  call void @free(ptr %p)
  ret void
}
