; qsort's comparator answers an order that depends on what it reads: with
; its body in the module, its summary says which bytes it reads as data.
; Comparing the strings two elements point to reads no pointer as data: the
; strings are promoted. Comparing the element pointers' own bits does: the
; strings stay on the heap. The comparators come after their caller in the
; module, which the call graph does not order: callbacks are summarised first.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @qsort(ptr, i64, i64, ptr)
declare i32 @strcmp(ptr, ptr)

; positive: char *names[2] sorted by strcmp of the strings.
define void @sort_by_text() {
; CHECK-LABEL: define void @sort_by_text(
; CHECK-NEXT:    %b.stack = alloca [8 x i8], align 16
; CHECK-NEXT:    %a.stack = alloca [8 x i8], align 16
  %names = alloca [2 x ptr], align 16
  %a = call ptr @malloc(i64 8)
  %b = call ptr @malloc(i64 8)
  store i64 6513249, ptr %a
  store i64 6513250, ptr %b
  store ptr %a, ptr %names
  %slot1 = getelementptr inbounds i8, ptr %names, i64 8
  store ptr %b, ptr %slot1
  call void @qsort(ptr %names, i64 2, i64 8, ptr @by_text)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}

; negative: the same array sorted by the pointers' bits.
define void @sort_by_address() {
; CHECK-LABEL: define void @sort_by_address(
; CHECK-NEXT:    %names = alloca [2 x ptr], align 16
; CHECK-NEXT:    %a = call ptr @malloc(i64 8)
; CHECK-NEXT:    %b = call ptr @malloc(i64 8)
  %names = alloca [2 x ptr], align 16
  %a = call ptr @malloc(i64 8)
  %b = call ptr @malloc(i64 8)
  store ptr %a, ptr %names
  %slot1 = getelementptr inbounds i8, ptr %names, i64 8
  store ptr %b, ptr %slot1
  call void @qsort(ptr %names, i64 2, i64 8, ptr @by_bits)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}

define internal i32 @by_text(ptr nocapture %x, ptr nocapture %y) nofree memory(read) {
  %s = load ptr, ptr %x
  %t = load ptr, ptr %y
  %r = call i32 @strcmp(ptr %s, ptr %t) memory(argmem: read)
  ret i32 %r
}

define internal i32 @by_bits(ptr nocapture %x, ptr nocapture %y) nofree memory(argmem: read) {
  %s = load i64, ptr %x
  %t = load i64, ptr %y
  %lt = icmp ult i64 %s, %t
  %r = zext i1 %lt to i32
  ret i32 %r
}
