; A promoted object is never null: `icmp eq/ne %p, null` folds to a constant
; (the branch itself is left for SimplifyCFG).
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; positive: `if (!p) return -1;` folds to false.
define i32 @eq_null() {
; CHECK-LABEL: define i32 @eq_null(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    br i1 false, label %fail, label %ok
; CHECK:       fail:
; CHECK-NEXT:    ret i32 -1
; CHECK:       ok:
; CHECK-NEXT:    store i32 5, ptr %p.stack, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 0
  %p = call ptr @malloc(i64 16)
  %isnull = icmp eq ptr %p, null
  br i1 %isnull, label %fail, label %ok
fail:
  ret i32 -1
ok:
  store i32 5, ptr %p
  call void @free(ptr %p)
  ret i32 0
}

; positive: `if (p != NULL)` with null on the left folds to true.
define i32 @ne_null_swapped() {
; CHECK-LABEL: define i32 @ne_null_swapped(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    br i1 true, label %ok, label %fail
; CHECK-NOT:     icmp
; CHECK:       }
  %p = call ptr @malloc(i64 16)
  %nonnull = icmp ne ptr null, %p
  br i1 %nonnull, label %ok, label %fail
ok:
  store i32 5, ptr %p
  call void @free(ptr %p)
  ret i32 0
fail:
  ret i32 -1
}

; positive: the folded comparison feeds a select as well as a branch.
define i32 @null_in_select() {
; CHECK-LABEL: define i32 @null_in_select(
; CHECK-NEXT:    %p.stack = alloca [4 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 4, )?}}ptr %p.stack)
; CHECK-NEXT:    %r = select i1 false, i32 1, i32 2
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 4, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 %r
  %p = call ptr @malloc(i64 4)
  %isnull = icmp eq ptr %p, null
  %r = select i1 %isnull, i32 1, i32 2
  call void @free(ptr %p)
  ret i32 %r
}

; positive: a relational comparison between two pointers into the object is
; not a null check and stays as it is.
define i1 @relational_untouched() {
; CHECK-LABEL: define i1 @relational_untouched(
; CHECK-NEXT:    %p.stack = alloca [8 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %p.stack)
; CHECK-NEXT:    %q = getelementptr inbounds i8, ptr %p.stack, i64 4
; CHECK-NEXT:    %lt = icmp ult ptr %p.stack, %q
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i1 %lt
  %p = call ptr @malloc(i64 8)
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %lt = icmp ult ptr %p, %q
  call void @free(ptr %p)
  ret i1 %lt
}

; negative: the object escapes; its null check must stay.
@g = global ptr null
define i32 @escaping_keeps_check() {
; CHECK-LABEL: define i32 @escaping_keeps_check(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %isnull = icmp eq ptr %p, null
; CHECK-NEXT:    br i1 %isnull, label %fail, label %ok
  %p = call ptr @malloc(i64 16)
  %isnull = icmp eq ptr %p, null
  br i1 %isnull, label %fail, label %ok
fail:
  ret i32 -1
ok:
  store ptr %p, ptr @g
  ret i32 0
}
