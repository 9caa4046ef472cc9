; A pointer stored inside a non-escaping heap object does not escape by that
; store: both the container and what it holds are promoted. When the
; container escapes, everything stored in it escapes with it.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.vec = type { ptr, i64 }

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @unknown(ptr)

@g = global ptr null

; positive: v = malloc(sizeof *v); v->data = malloc(64); ...; free(v->data);
; free(v). Both objects move to the stack and both frees go.
define i32 @vec_of_buffer() {
; CHECK-LABEL: define i32 @vec_of_buffer(
; CHECK-DAG:     %v.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %data.stack = alloca [64 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %v.stack)
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 64, )?}}ptr %data.stack)
; CHECK-NEXT:    store ptr %data.stack, ptr %v.stack, align 8
; CHECK-NEXT:    %len = getelementptr inbounds %struct.vec, ptr %v.stack, i64 0, i32 1
; CHECK-NEXT:    store i64 16, ptr %len, align 8
; CHECK-NEXT:    %d = load ptr, ptr %v.stack, align 8
; CHECK-NEXT:    store i32 9, ptr %d, align 4
; CHECK-NEXT:    %x = load i32, ptr %d, align 4
; CHECK-NEXT:    %d2 = load ptr, ptr %v.stack, align 8
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %v.stack)
; CHECK-NEXT:    ret i32 %x
; CHECK-NEXT:  }
  %v = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  %len = getelementptr inbounds %struct.vec, ptr %v, i64 0, i32 1
  store i64 16, ptr %len
  %d = load ptr, ptr %v
  store i32 9, ptr %d
  %x = load i32, ptr %d
  %d2 = load ptr, ptr %v
  call void @free(ptr %d2)
  call void @free(ptr %v)
  ret i32 %x
}

; positive: a three-level chain a -> b -> c, all local.
define void @chain_of_three() {
; CHECK-LABEL: define void @chain_of_three(
; CHECK-DAG:     %a.stack = alloca [8 x i8], align 16
; CHECK-DAG:     %b.stack = alloca [8 x i8], align 16
; CHECK-DAG:     %c.stack = alloca [8 x i8], align 16
; CHECK-NOT:     @malloc
; CHECK-NOT:     @free
; CHECK:         ret void
  %a = call ptr @malloc(i64 8)
  %b = call ptr @malloc(i64 8)
  %c = call ptr @malloc(i64 8)
  store ptr %b, ptr %a
  store ptr %c, ptr %b
  store i64 0, ptr %c
  call void @free(ptr %c)
  call void @free(ptr %b)
  call void @free(ptr %a)
  ret void
}

; negative: the container is stored to a global, so the buffer stored in it
; is reachable from the global too. Neither moves.
define void @container_published() {
; CHECK-LABEL: define void @container_published(
; CHECK-NEXT:    %v = call ptr @malloc(i64 16)
; CHECK-NEXT:    %data = call ptr @malloc(i64 64)
; CHECK-NEXT:    store ptr %data, ptr %v, align 8
; CHECK-NEXT:    store ptr %v, ptr @g, align 8
; CHECK-NEXT:    ret void
  %v = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  store ptr %v, ptr @g
  ret void
}

; negative: the container is published first and the buffer stored into it
; afterwards; order does not matter.
define void @stored_after_publish() {
; CHECK-LABEL: define void @stored_after_publish(
; CHECK-NEXT:    %v = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %v, ptr @g, align 8
; CHECK-NEXT:    %data = call ptr @malloc(i64 64)
; CHECK-NEXT:    store ptr %data, ptr %v, align 8
; CHECK-NEXT:    ret void
  %v = call ptr @malloc(i64 16)
  store ptr %v, ptr @g
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  ret void
}

; negative: the container is returned; the buffer in it outlives the frame.
define ptr @container_returned() {
; CHECK-LABEL: define ptr @container_returned(
; CHECK-NEXT:    %v = call ptr @malloc(i64 16)
; CHECK-NEXT:    %data = call ptr @malloc(i64 64)
; CHECK-NEXT:    store ptr %data, ptr %v, align 8
; CHECK-NEXT:    ret ptr %v
  %v = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  ret ptr %v
}

; negative: the container is passed to an unknown function that may read the
; buffer's address out of it. The container escapes too.
define void @container_to_unknown() {
; CHECK-LABEL: define void @container_to_unknown(
; CHECK-NEXT:    %v = call ptr @malloc(i64 16)
; CHECK-NEXT:    %data = call ptr @malloc(i64 64)
; CHECK-NEXT:    store ptr %data, ptr %v, align 8
; CHECK-NEXT:    call void @unknown(ptr %v)
; CHECK-NEXT:    ret void
  %v = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  call void @unknown(ptr %v)
  ret void
}

; negative: the inner pointer is loaded back out of a local container and
; stored to a global.
define void @inner_loaded_and_published() {
; CHECK-LABEL: define void @inner_loaded_and_published(
; CHECK-NEXT:    %v.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %v.stack)
; CHECK-NEXT:    %data = call ptr @malloc(i64 64)
; CHECK-NEXT:    store ptr %data, ptr %v.stack, align 8
; CHECK-NEXT:    %d = load ptr, ptr %v.stack, align 8
; CHECK-NEXT:    store ptr %d, ptr @g, align 8
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %v.stack)
; CHECK-NEXT:    ret void
  %v = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  %d = load ptr, ptr %v
  store ptr %d, ptr @g
  call void @free(ptr %v)
  ret void
}

; negative: a container stored in a parameter's memory is visible to the
; caller, and so is what it holds.
define void @container_into_param(ptr %out) {
; CHECK-LABEL: define void @container_into_param(
; CHECK-NEXT:    %v = call ptr @malloc(i64 16)
; CHECK-NEXT:    %data = call ptr @malloc(i64 64)
; CHECK-NEXT:    store ptr %data, ptr %v, align 8
; CHECK-NEXT:    store ptr %v, ptr %out, align 8
; CHECK-NEXT:    ret void
  %v = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 64)
  store ptr %data, ptr %v
  store ptr %v, ptr %out
  ret void
}
