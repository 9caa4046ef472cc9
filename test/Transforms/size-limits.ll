; The size policy: constant non-zero sizes up to -escape-max-object-size
; (default 4096) move; the promoted bytes of one function stay within
; -escape-max-frame-size (default 16384), first come first served in program
; order; -escape-promote=false moves nothing.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s --check-prefixes=CHECK,DEFAULT
; RUN: %opt -passes=heap-to-stack -escape-max-object-size=64 -S < %s | FileCheck %s --check-prefixes=CHECK,SMALL
; RUN: %opt -passes=heap-to-stack -escape-max-frame-size=48 -S < %s | FileCheck %s --check-prefixes=CHECK,FRAME48
; RUN: %opt -passes=heap-to-stack -escape-promote=false -S < %s | FileCheck %s --check-prefixes=CHECK,OFF

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)

; positive (DEFAULT): exactly at the default limit.
define void @at_limit() {
; CHECK-LABEL: define void @at_limit(
; DEFAULT-NEXT:  %p.stack = alloca [4096 x i8], align 16
; SMALL-NEXT:    %p = call ptr @malloc(i64 4096)
; FRAME48-NEXT:  %p = call ptr @malloc(i64 4096)
; OFF-NEXT:      %p = call ptr @malloc(i64 4096)
  %p = call ptr @malloc(i64 4096)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: one byte over the default limit.
define void @over_limit() {
; CHECK-LABEL: define void @over_limit(
; CHECK-NEXT:    %p = call ptr @malloc(i64 4097)
; CHECK-NEXT:    call void @use(ptr %p)
; CHECK-NEXT:    call void @free(ptr %p)
  %p = call ptr @malloc(i64 4097)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: a megabyte.
define void @megabyte() {
; CHECK-LABEL: define void @megabyte(
; CHECK-NEXT:    %p = call ptr @malloc(i64 1048576)
  %p = call ptr @malloc(i64 1048576)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; negative: a size that does not fit in 64 bits' worth of stack is not even
; considered (and must not wrap around to something small).
define void @huge() {
; CHECK-LABEL: define void @huge(
; CHECK-NEXT:    %p = call ptr @malloc(i64 -1)
  %p = call ptr @malloc(i64 -1)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; 64 and 65 bytes around the SMALL limit.
define void @at_small_limit() {
; CHECK-LABEL: define void @at_small_limit(
; DEFAULT-NEXT:  %p.stack = alloca [64 x i8], align 16
; SMALL-NEXT:    %p.stack = alloca [64 x i8], align 16
; FRAME48-NEXT:  %p = call ptr @malloc(i64 64)
; OFF-NEXT:      %p = call ptr @malloc(i64 64)
  %p = call ptr @malloc(i64 64)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

define void @over_small_limit() {
; CHECK-LABEL: define void @over_small_limit(
; DEFAULT-NEXT:  %p.stack = alloca [65 x i8], align 16
; SMALL-NEXT:    %p = call ptr @malloc(i64 65)
; FRAME48-NEXT:  %p = call ptr @malloc(i64 65)
; OFF-NEXT:      %p = call ptr @malloc(i64 65)
  %p = call ptr @malloc(i64 65)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; The frame budget counts slots rounded up to their 16-byte alignment, in
; program order: with 48 bytes, a (20 -> 32) and b (16) fit, c does not.
define void @budget() {
; CHECK-LABEL: define void @budget(
; DEFAULT:       %c.stack = alloca [8 x i8], align 16
; DEFAULT:       %b.stack = alloca [16 x i8], align 16
; DEFAULT:       %a.stack = alloca [20 x i8], align 16
; SMALL:         %c.stack = alloca [8 x i8], align 16
; SMALL:         %b.stack = alloca [16 x i8], align 16
; SMALL:         %a.stack = alloca [20 x i8], align 16
; FRAME48-NEXT:  %b.stack = alloca [16 x i8], align 16
; FRAME48-NEXT:  %a.stack = alloca [20 x i8], align 16
; FRAME48:       %c = call ptr @malloc(i64 8)
; FRAME48:       call void @free(ptr %c)
; OFF-NEXT:      %a = call ptr @malloc(i64 20)
; CHECK:         ret void
  %a = call ptr @malloc(i64 20)
  %b = call ptr @malloc(i64 16)
  %c = call ptr @malloc(i64 8)
  call void @use(ptr %a)
  call void @use(ptr %b)
  call void @use(ptr %c)
  call void @free(ptr %a)
  call void @free(ptr %b)
  call void @free(ptr %c)
  ret void
}

; The default budget: four 4096-byte objects fill 16384 bytes; the fifth
; stays on the heap.
define void @default_budget() {
; CHECK-LABEL: define void @default_budget(
; DEFAULT:       %o4.stack = alloca [4096 x i8], align 16
; DEFAULT-NEXT:  %o3.stack = alloca [4096 x i8], align 16
; DEFAULT-NEXT:  %o2.stack = alloca [4096 x i8], align 16
; DEFAULT-NEXT:  %o1.stack = alloca [4096 x i8], align 16
; DEFAULT-NOT:   alloca
; DEFAULT:       %o5 = call ptr @malloc(i64 4096)
; DEFAULT:       call void @free(ptr %o5)
; CHECK:         ret void
  %o1 = call ptr @malloc(i64 4096)
  %o2 = call ptr @malloc(i64 4096)
  %o3 = call ptr @malloc(i64 4096)
  %o4 = call ptr @malloc(i64 4096)
  %o5 = call ptr @malloc(i64 4096)
  call void @use(ptr %o1)
  call void @use(ptr %o2)
  call void @use(ptr %o3)
  call void @use(ptr %o4)
  call void @use(ptr %o5)
  call void @free(ptr %o1)
  call void @free(ptr %o2)
  call void @free(ptr %o3)
  call void @free(ptr %o4)
  call void @free(ptr %o5)
  ret void
}

; With a 48-byte budget q (second) does not fit; p is freed together with q
; through a select, so p must stay too and the free must stay.
define void @budget_and_shared_free(i1 %k) {
; CHECK-LABEL: define void @budget_and_shared_free(
; DEFAULT-DAG:   %p.stack = alloca [32 x i8], align 16
; DEFAULT-DAG:   %q.stack = alloca [32 x i8], align 16
; DEFAULT-NOT:   @free
; FRAME48-NOT:   alloca
; FRAME48:       %p = call ptr @malloc(i64 32)
; FRAME48-NEXT:  %q = call ptr @malloc(i64 32)
; FRAME48:       call void @free(ptr %s)
; CHECK:         ret void
  %p = call ptr @malloc(i64 32)
  %q = call ptr @malloc(i64 32)
  %s = select i1 %k, ptr %p, ptr %q
  call void @use(ptr %s)
  call void @free(ptr %s)
  ret void
}
