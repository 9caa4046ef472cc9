; heap-to-stack<cleanup> runs SROA/EarlyCSE/InstCombine/... on changed
; functions: a promoted small buffer ends up in registers, exactly like a
; hand-written local array. Unchanged functions are left alone.
; RUN: %opt -passes='heap-to-stack<cleanup>' -S < %s | FileCheck %s
; RUN: %opt -passes='heap-to-stack<cleanup>' -escape-cleanup=false -S < %s | FileCheck %s --check-prefix=NOCLEAN

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare ptr @calloc(i64, i64)
declare void @free(ptr)
declare void @unknown(ptr)

; positive: int *p = malloc(8); p[0] = a; p[1] = b; return p[0] + p[1];
define i32 @pair_in_registers(i32 %a, i32 %b) {
; CHECK-LABEL: define i32 @pair_in_registers(
; CHECK-NEXT:    %s = add i32 %a, %b
; CHECK-NEXT:    ret i32 %s
; CHECK-NEXT:  }
; NOCLEAN-LABEL: define i32 @pair_in_registers(
; NOCLEAN-NEXT:    %p.stack = alloca [8 x i8], align 16
  %p = call ptr @malloc(i64 8)
  %q = getelementptr inbounds i32, ptr %p, i64 1
  store i32 %a, ptr %p
  store i32 %b, ptr %q
  %x = load i32, ptr %p
  %y = load i32, ptr %q
  %s = add i32 %x, %y
  call void @free(ptr %p)
  ret i32 %s
}

; positive: calloc's zeroing is folded into the load; the null check and
; its failure path disappear.
define i32 @calloc_folds_to_zero() {
; CHECK-LABEL: define i32 @calloc_folds_to_zero(
; CHECK-NOT:     alloca
; CHECK-NOT:     call
; CHECK:         ret i32 0
; CHECK-NEXT:  }
  %p = call ptr @calloc(i64 4, i64 4)
  %c = icmp eq ptr %p, null
  br i1 %c, label %fail, label %ok
fail:
  ret i32 -1
ok:
  %e = getelementptr inbounds i32, ptr %p, i64 2
  %v = load i32, ptr %e
  call void @free(ptr %p)
  ret i32 %v
}

; positive: a loop-local buffer in a counting loop is scalarised too.
define i32 @loop_buffer(i32 %n) {
; CHECK-LABEL: define i32 @loop_buffer(
; CHECK-NOT:     alloca
; CHECK-NOT:     @malloc
; CHECK-NOT:     @free
; CHECK:       }
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %b = call ptr @malloc(i64 4)
  store i32 %i, ptr %b
  %v = load i32, ptr %b
  %acc.next = add i32 %acc, %v
  call void @free(ptr %b)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %acc.next
}

; negative: an escaping allocation is untouched, and the function is not
; cleaned up (the redundant load stays).
@g = global ptr null
define i32 @unchanged_function(i32 %a) {
; CHECK-LABEL: define i32 @unchanged_function(
; CHECK-NEXT:    %p = call ptr @malloc(i64 8)
; CHECK-NEXT:    store ptr %p, ptr @g, align 8
; CHECK-NEXT:    store i32 %a, ptr %p, align 4
; CHECK-NEXT:    %x = load i32, ptr %p, align 4
; CHECK-NEXT:    ret i32 %x
  %p = call ptr @malloc(i64 8)
  store ptr %p, ptr @g
  store i32 %a, ptr %p
  %x = load i32, ptr %p
  ret i32 %x
}
