; Variadic arguments with call-site attributes: each argument must get the
; effect its own attributes allow. A later variadic argument that is
; nocapture but not nofree may be freed by the callee; one that is not
; readnone may have what it holds read and kept. Neither may borrow the
; first variadic argument's better attributes.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @vf(i32, ...)

; a: nocapture nofree, promoted. b: nocapture only, the callee may free it.
define void @second_may_be_freed() {
; CHECK-LABEL: define void @second_may_be_freed(
; CHECK-NEXT:    %a.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %a.stack)
; CHECK-NEXT:    %b = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void (i32, ...) @vf(i32 0, ptr {{.*}}%a.stack, ptr {{.*}}%b)
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  call void (i32, ...) @vf(i32 0, ptr nocapture nofree %a, ptr nocapture %b)
  call void @free(ptr %a)
  ret void
}

; a is readnone, b is not: the callee may read inner out of b and keep it.
@g = global ptr null
define void @second_content_read() {
; CHECK-LABEL: define void @second_content_read(
; CHECK:         %inner = call ptr @malloc(i64 16)
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 16)
  store ptr %inner, ptr %b
  call void (i32, ...) @vf(i32 0, ptr nocapture nofree readnone %a, ptr nocapture nofree %b)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}

; positive: both variadic arguments are nocapture nofree.
define void @both_harmless() {
; CHECK-LABEL: define void @both_harmless(
; CHECK-DAG:     %a.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %b.stack = alloca [16 x i8], align 16
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  call void (i32, ...) @vf(i32 0, ptr nocapture nofree %a, ptr nocapture nofree %b)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}
