; A pointer stored into an object and read back as an integer (or written as
; an integer and read as a pointer) leaves the analysis' view: the object's
; pointers escape. Pointer and integer fields at different offsets are fine.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

@gi = global i64 0
@gb = global [8 x i8] zeroinitializer

; negative: *(void **)box = p; long bits = *(long *)box; g = bits;
define void @pointer_read_as_i64() {
; CHECK-LABEL: define void @pointer_read_as_i64(
; CHECK-NEXT:    %box = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %box, align 8
; CHECK-NEXT:    %bits = load i64, ptr %box, align 8
; CHECK-NEXT:    store i64 %bits, ptr @gi, align 8
; CHECK-NEXT:    call void @free(ptr %p)
; CHECK-NEXT:    ret void
  %box = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  %bits = load i64, ptr %box
  store i64 %bits, ptr @gi
  call void @free(ptr %p)
  ret void
}

; negative: the container is a heap object too; the integer read is at the
; pointer's offset 8.
define void @pointer_read_as_i64_in_heap_struct() {
; CHECK-LABEL: define void @pointer_read_as_i64_in_heap_struct(
; CHECK-NEXT:    %s.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %s.stack)
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %s = call ptr @malloc(i64 16)
  %p = call ptr @malloc(i64 16)
  %f = getelementptr inbounds i8, ptr %s, i64 8
  store ptr %p, ptr %f
  %bits = load i64, ptr %f
  store i64 %bits, ptr @gi
  call void @free(ptr %p)
  call void @free(ptr %s)
  ret void
}

; negative: only the low half of the pointer is read as an integer.
define void @pointer_half_read() {
; CHECK-LABEL: define void @pointer_half_read(
; CHECK-NEXT:    %box = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %box = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  %hi = getelementptr inbounds i8, ptr %box, i64 4
  %bits = load i32, ptr %hi
  %wide = zext i32 %bits to i64
  store i64 %wide, ptr @gi
  call void @free(ptr %p)
  ret void
}

; negative: the pointer's bytes are copied out with memcpy into a global byte
; array (bytes, not a pointer field, on the other side).
define void @pointer_bytes_copied() {
; CHECK-LABEL: define void @pointer_bytes_copied(
; CHECK-NEXT:    %box = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %box = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  call void @llvm.memcpy.p0.p0.i64(ptr @gb, ptr %box, i64 8, i1 false)
  call void @free(ptr %p)
  ret void
}

; negative: the pointer is copied into a local byte buffer with memcpy and
; read from there as an integer.
define void @pointer_copied_then_read_as_int() {
; CHECK-LABEL: define void @pointer_copied_then_read_as_int(
; CHECK-NEXT:    %box = alloca ptr, align 8
; CHECK-NEXT:    %bytes = alloca [8 x i8], align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %box = alloca ptr, align 8
  %bytes = alloca [8 x i8], align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  call void @llvm.memcpy.p0.p0.i64(ptr %bytes, ptr %box, i64 8, i1 false)
  %bits = load i64, ptr %bytes
  store i64 %bits, ptr @gi
  call void @free(ptr %p)
  ret void
}

; negative: an integer is written over a pointer field and the field is read
; back as a pointer and freed: it may be anything.
define void @int_written_read_as_pointer(i64 %x) {
; CHECK-LABEL: define void @int_written_read_as_pointer(
; CHECK-NEXT:    %box = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %box, align 8
; CHECK-NEXT:    store i64 %x, ptr %box, align 8
; CHECK-NEXT:    %q = load ptr, ptr %box, align 8
; CHECK-NEXT:    call void @free(ptr %q)
  %box = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  store i64 %x, ptr %box
  %q = load ptr, ptr %box
  call void @free(ptr %q)
  ret void
}

; negative: the field's offset is not a constant (a[i] over a mixed array),
; so any integer access may overlap the pointer.
define void @unknown_offset(i64 %i) {
; CHECK-LABEL: define void @unknown_offset(
; CHECK-NEXT:    %arr = alloca [4 x i64], align 16
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
  %arr = alloca [4 x i64], align 16
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %arr
  %e = getelementptr inbounds i64, ptr %arr, i64 %i
  %bits = load i64, ptr %e
  store i64 %bits, ptr @gi
  call void @free(ptr %p)
  ret void
}

; positive: struct { char *buf; long len; } with the pointer at offset 0
; and an integer at offset 8, each accessed as its own type.
define i64 @separate_fields() {
; CHECK-LABEL: define i64 @separate_fields(
; CHECK-DAG:     %s.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %buf.stack = alloca [32 x i8], align 16
; CHECK-NOT:     @malloc
; CHECK-NOT:     @free
; CHECK:         ret i64 %n
  %s = call ptr @malloc(i64 16)
  %buf = call ptr @malloc(i64 32)
  store ptr %buf, ptr %s
  %len = getelementptr inbounds i8, ptr %s, i64 8
  store i64 32, ptr %len
  %n = load i64, ptr %len
  %b = load ptr, ptr %s
  store i8 0, ptr %b
  call void @free(ptr %b)
  call void @free(ptr %s)
  ret i64 %n
}

; positive: integer fields on both sides of a pointer field at offset 8,
; none of them overlapping it.
define void @separate_fields_int_array(i64 %x) {
; CHECK-LABEL: define void @separate_fields_int_array(
; CHECK-DAG:     %s.stack = alloca [24 x i8], align 16
; CHECK-DAG:     %buf.stack = alloca [8 x i8], align 16
; CHECK-NOT:     @malloc
  %s = call ptr @malloc(i64 24)
  %buf = call ptr @malloc(i64 8)
  %pf = getelementptr inbounds i8, ptr %s, i64 8
  store ptr %buf, ptr %pf
  store i64 %x, ptr %s
  %hi = getelementptr inbounds i8, ptr %s, i64 16
  store i64 %x, ptr %hi
  %a = load i64, ptr %s
  %c = load i64, ptr %hi
  %b = load ptr, ptr %pf
  call void @free(ptr %b)
  call void @free(ptr %s)
  ret void
}
