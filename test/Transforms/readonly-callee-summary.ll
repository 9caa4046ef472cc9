; A callee that only reads memory and returns data (an integer) could return
; the bytes of a pointer it reads. Without its body, every pointer stored
; behind its arguments must be taken as read as an integer. With its body in
; the module, the pass knows which bytes it reads as data (a summary made
; from its own analysis, callees first): pointers stored elsewhere stay
; where they are.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; struct text { i64 len; char *data; }: reads len as data, follows data and
; reads its bytes.
define internal i64 @count(ptr nocapture %t) memory(read) {
  %len = load i64, ptr %t
  %f = getelementptr inbounds i8, ptr %t, i64 8
  %data = load ptr, ptr %f
  %c = load i8, ptr %data
  %z = zext i8 %c to i64
  %r = add i64 %len, %z
  ret i64 %r
}

; Reads the pointer field's bytes as an integer.
define internal i64 @field_bits(ptr nocapture %t) memory(read) {
  %f = getelementptr inbounds i8, ptr %t, i64 8
  %bits = load i64, ptr %f
  ret i64 %bits
}

; Copies the whole struct to a local and reads it there.
define internal i64 @copy_then_read(ptr nocapture %t) memory(read) {
  %tmp = alloca [16 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr %tmp, ptr %t, i64 16, i1 false)
  %f = getelementptr inbounds i8, ptr %tmp, i64 8
  %bits = load i64, ptr %f
  ret i64 %bits
}

; A body that may be replaced at link time says nothing.
define weak i64 @weak_count(ptr nocapture %t) memory(read) {
  %len = load i64, ptr %t
  ret i64 %len
}

declare i64 @external_count(ptr nocapture) memory(read)

; positive: the callee reads the length as data and the data pointer as a
; pointer: both objects are promoted.
define i64 @reads_other_bytes() {
; CHECK-LABEL: define i64 @reads_other_bytes(
; CHECK-NEXT:    %data.stack = alloca [32 x i8], align 16
; CHECK-NEXT:    %t.stack = alloca [16 x i8], align 16
  %t = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 32)
  store i64 32, ptr %t
  %f = getelementptr inbounds i8, ptr %t, i64 8
  store ptr %data, ptr %f
  store i8 7, ptr %data
  %r = call i64 @count(ptr %t)
  call void @free(ptr %data)
  call void @free(ptr %t)
  ret i64 %r
}

; negative: the callee reads the pointer field as an integer: data stays.
define i64 @reads_pointer_bytes() {
; CHECK-LABEL: define i64 @reads_pointer_bytes(
; CHECK-NEXT:    %t.stack = alloca [16 x i8], align 16
; CHECK:         %data = call ptr @malloc(i64 32)
  %t = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 32)
  %f = getelementptr inbounds i8, ptr %t, i64 8
  store ptr %data, ptr %f
  %r = call i64 @field_bits(ptr %t)
  call void @free(ptr %data)
  call void @free(ptr %t)
  ret i64 %r
}

; negative: the callee copies the pointer field's bytes away: data stays.
define i64 @copied_away() {
; CHECK-LABEL: define i64 @copied_away(
; CHECK-NEXT:    %t.stack = alloca [16 x i8], align 16
; CHECK:         %data = call ptr @malloc(i64 32)
  %t = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 32)
  %f = getelementptr inbounds i8, ptr %t, i64 8
  store ptr %data, ptr %f
  %r = call i64 @copy_then_read(ptr %t)
  call void @free(ptr %data)
  call void @free(ptr %t)
  ret i64 %r
}

; negative: an interposable body and a declaration: data stays.
define i64 @no_summary() {
; CHECK-LABEL: define i64 @no_summary(
; CHECK-NEXT:    %u.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    %t.stack = alloca [16 x i8], align 16
; CHECK:         %data = call ptr @malloc(i64 32)
; CHECK:         %e = call ptr @malloc(i64 32)
  %t = call ptr @malloc(i64 16)
  %data = call ptr @malloc(i64 32)
  %f = getelementptr inbounds i8, ptr %t, i64 8
  store ptr %data, ptr %f
  %r = call i64 @weak_count(ptr %t)
  %u = call ptr @malloc(i64 16)
  %e = call ptr @malloc(i64 32)
  store ptr %e, ptr %u
  %s = call i64 @external_count(ptr %u)
  call void @free(ptr %data)
  call void @free(ptr %t)
  call void @free(ptr %e)
  call void @free(ptr %u)
  %x = add i64 %r, %s
  ret i64 %x
}
