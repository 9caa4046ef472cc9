; memcpy/memmove copy contents: a pointer stored in the source object ends up
; in the destination object. Copying plain bytes out of a buffer does not
; make the buffer escape; copying a pointer into global or unknown memory
; does make its pointee escape.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
declare void @unknown(ptr)

@gbuf = global [16 x i8] zeroinitializer
@g = global ptr null

; positive: the buffer's bytes are copied to a global; the buffer itself
; stays private.
define void @bytes_out_to_global() {
; CHECK-LABEL: define void @bytes_out_to_global(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    store i64 42, ptr %p.stack, align 8
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr @gbuf, ptr %p.stack, i64 16, i1 false)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store i64 42, ptr %p
  call void @llvm.memcpy.p0.p0.i64(ptr @gbuf, ptr %p, i64 16, i1 false)
  call void @free(ptr %p)
  ret void
}

; positive: global bytes copied into the buffer (no pointer to it is made).
define void @bytes_in_from_global() {
; CHECK-LABEL: define void @bytes_in_from_global(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr %p.stack, ptr @gbuf, i64 16, i1 false)
  %p = call ptr @malloc(i64 16)
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr @gbuf, i64 16, i1 false)
  call void @free(ptr %p)
  ret void
}

; positive: a pointer-holding object copied into another local object, the
; pointer read back from the copy and used locally: all three promoted.
define i32 @pointer_copied_between_locals() {
; CHECK-LABEL: define i32 @pointer_copied_between_locals(
; CHECK-DAG:     %data.stack = alloca [8 x i8], align 16
; CHECK-DAG:     %a.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %b.stack = alloca [16 x i8], align 16
; CHECK-NOT:     @malloc
; CHECK-NOT:     @free
; CHECK:         ret i32 %v
  %data = call ptr @malloc(i64 8)
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  store i32 5, ptr %data
  store ptr %data, ptr %a
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 16, i1 false)
  %d = load ptr, ptr %b
  %v = load i32, ptr %d
  call void @free(ptr %data)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret i32 %v
}

; negative: a local holding the pointer is copied into global memory.
define void @pointer_copied_to_global() {
; CHECK-LABEL: define void @pointer_copied_to_global(
; CHECK-NEXT:    %holder = alloca [2 x ptr], align 16
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %holder, align 8
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr @gbuf, ptr %holder, i64 16, i1 false)
; CHECK-NEXT:    ret void
  %holder = alloca [2 x ptr], align 16
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %holder
  call void @llvm.memcpy.p0.p0.i64(ptr @gbuf, ptr %holder, i64 16, i1 false)
  ret void
}

; negative: copied into a parameter's memory.
define void @pointer_copied_to_param(ptr %out) {
; CHECK-LABEL: define void @pointer_copied_to_param(
; CHECK-NEXT:    %holder = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %holder, align 8
; CHECK-NEXT:    call void @llvm.memmove.p0.p0.i64(ptr %out, ptr %holder, i64 8, i1 false)
; CHECK-NEXT:    ret void
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %holder
  call void @llvm.memmove.p0.p0.i64(ptr %out, ptr %holder, i64 8, i1 false)
  ret void
}

; negative: copied into memory reached through a pointer loaded from a
; global.
define void @pointer_copied_to_unknown() {
; CHECK-LABEL: define void @pointer_copied_to_unknown(
; CHECK-NEXT:    %holder = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %holder, align 8
; CHECK-NEXT:    %dst = load ptr, ptr @g, align 8
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %holder, i64 8, i1 false)
; CHECK-NEXT:    ret void
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %holder
  %dst = load ptr, ptr @g
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %holder, i64 8, i1 false)
  ret void
}

; negative: copied from a promoted-looking heap holder into a local, then
; the local is handed to an unknown function. Both the holder's pointee and
; everything else reachable escape; the holder itself does not.
define void @copied_then_passed() {
; CHECK-LABEL: define void @copied_then_passed(
; CHECK-NEXT:    %holder.stack = alloca [8 x i8], align 16
; CHECK-NEXT:    %copy = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %holder.stack)
; CHECK-NEXT:    store ptr %p, ptr %holder.stack, align 8
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr %copy, ptr %holder.stack, i64 8, i1 false)
; CHECK-NEXT:    call void @unknown(ptr %copy)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %holder.stack)
; CHECK-NEXT:    ret void
  %copy = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  %holder = call ptr @malloc(i64 8)
  store ptr %p, ptr %holder
  call void @llvm.memcpy.p0.p0.i64(ptr %copy, ptr %holder, i64 8, i1 false)
  call void @unknown(ptr %copy)
  call void @free(ptr %holder)
  ret void
}

; negative: the pointer travels through two copies before reaching the
; global.
define void @two_hops_to_global() {
; CHECK-LABEL: define void @two_hops_to_global(
; CHECK-NEXT:    %h1 = alloca ptr, align 8
; CHECK-NEXT:    %h2 = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %h1 = alloca ptr, align 8
  %h2 = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %h1
  call void @llvm.memcpy.p0.p0.i64(ptr %h2, ptr %h1, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr @g, ptr %h2, i64 8, i1 false)
  ret void
}

; negative: the copy is made before the pointer is stored (a loop moves it
; around): flow-insensitive, the pointer may still reach the global.
define void @copy_before_store(i32 %n) {
; CHECK-LABEL: define void @copy_before_store(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %h = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
entry:
  %h = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  call void @llvm.memcpy.p0.p0.i64(ptr @g, ptr %h, i64 8, i1 false)
  store ptr %p, ptr %h
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: a volatile memcpy out of the buffer (the access must happen as
; written; the buffer is not modelled through it).
define void @volatile_memcpy() {
; CHECK-LABEL: define void @volatile_memcpy(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr @gbuf, ptr %p, i64 16, i1 true)
; CHECK-NEXT:    call void @free(ptr %p)
  %p = call ptr @malloc(i64 16)
  call void @llvm.memcpy.p0.p0.i64(ptr @gbuf, ptr %p, i64 16, i1 true)
  call void @free(ptr %p)
  ret void
}
