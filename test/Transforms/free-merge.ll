; free of a select or phi: deleted only when every object it may free is
; promoted (a null operand frees nothing). Otherwise every object it may
; free stays on the heap and the free stays.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)
declare void @unknown(ptr)
declare ptr @make()

; positive: free(c ? p : q) with both p and q promoted.
define void @free_select_both_promoted(i1 %c) {
; CHECK-LABEL: define void @free_select_both_promoted(
; CHECK-DAG:     %p.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %q.stack = alloca [32 x i8], align 16
; CHECK:         call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %q.stack)
; CHECK-NEXT:    %s = select i1 %c, ptr %p.stack, ptr %q.stack
; CHECK-NEXT:    call void @use(ptr %s)
; CHECK-NEXT:    ret void
; CHECK-NEXT:  }
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 32)
  %s = select i1 %c, ptr %p, ptr %q
  call void @use(ptr %s)
  call void @free(ptr %s)
  ret void
}

; positive: free(phi [p, a], [q, b]) with both promoted.
define void @free_phi_both_promoted(i1 %c) {
; CHECK-LABEL: define void @free_phi_both_promoted(
; CHECK-DAG:     %p.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %q.stack = alloca [16 x i8], align 16
; CHECK:       join:
; CHECK-NEXT:    %m = phi ptr [ %p.stack, %a ], [ %q.stack, %b ]
; CHECK-NEXT:    call void @use(ptr %m)
; CHECK-NEXT:    ret void
entry:
  br i1 %c, label %a, label %b
a:
  %p = call ptr @malloc(i64 16)
  br label %join
b:
  %q = call ptr @malloc(i64 16)
  br label %join
join:
  %m = phi ptr [ %p, %a ], [ %q, %b ]
  call void @use(ptr %m)
  call void @free(ptr %m)
  ret void
}

; positive: free(c ? p : NULL): the null arm frees nothing.
define void @free_select_with_null(i1 %c) {
; CHECK-LABEL: define void @free_select_with_null(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    %s = select i1 %c, ptr %p.stack, ptr null
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %s = select i1 %c, ptr %p, ptr null
  call void @free(ptr %s)
  ret void
}

; negative: the other arm is a heap object that escapes: deleting the free
; would leak it (the Attributor's bug), and p cannot be promoted without
; deleting the free.
@g = global ptr null
define void @free_select_other_escapes(i1 %c) {
; CHECK-LABEL: define void @free_select_other_escapes(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %q, ptr @g, align 8
; CHECK-NEXT:    %s = select i1 %c, ptr %p, ptr %q
; CHECK-NEXT:    call void @free(ptr %s)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 16)
  store ptr %q, ptr @g
  %s = select i1 %c, ptr %p, ptr %q
  call void @free(ptr %s)
  ret void
}

; negative: the other arm is a parameter (the caller's object).
define void @free_select_param(i1 %c, ptr %q) {
; CHECK-LABEL: define void @free_select_param(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %s = select i1 %c, ptr %p, ptr %q
; CHECK-NEXT:    call void @free(ptr %s)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  %s = select i1 %c, ptr %p, ptr %q
  call void @free(ptr %s)
  ret void
}

; negative: the other arm is an allocation that stays on the heap for size
; reasons only (non-constant size): p must stay too.
define void @free_phi_other_too_big(i1 %c, i64 %n) {
; CHECK-LABEL: define void @free_phi_other_too_big(
; CHECK-NOT:     alloca
; CHECK:         %p = call ptr @malloc(i64 16)
; CHECK:         %q = call ptr @malloc(i64 %n)
; CHECK:         call void @free(ptr %m)
entry:
  br i1 %c, label %a, label %b
a:
  %p = call ptr @malloc(i64 16)
  br label %join
b:
  %q = call ptr @malloc(i64 %n)
  br label %join
join:
  %m = phi ptr [ %p, %a ], [ %q, %b ]
  call void @free(ptr %m)
  ret void
}

; negative: the other arm comes from an unknown function's result.
define void @free_phi_unknown_result(i1 %c) {
; CHECK-LABEL: define void @free_phi_unknown_result(
; CHECK-NOT:     alloca
; CHECK:         %p = call ptr @malloc(i64 16)
; CHECK:         %q = call ptr @make()
; CHECK:         call void @free(ptr %m)
entry:
  br i1 %c, label %a, label %b
a:
  %p = call ptr @malloc(i64 16)
  br label %join
b:
  %q = call ptr @make()
  br label %join
join:
  %m = phi ptr [ %p, %a ], [ %q, %b ]
  call void @free(ptr %m)
  ret void
}

; negative: p is freed directly too, but another free may free p or the
; escaping q: p stays (and both frees stay).
define void @shared_and_direct_free(i1 %c) {
; CHECK-LABEL: define void @shared_and_direct_free(
; CHECK-NOT:     alloca
; CHECK:         %p = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %s)
; CHECK:         call void @free(ptr %p)
entry:
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 16)
  call void @unknown(ptr %q)
  %s = select i1 %c, ptr %q, ptr %p
  br i1 %c, label %one, label %two
one:
  call void @free(ptr %s)
  ret void
two:
  call void @free(ptr %p)
  ret void
}

; negative: a chain of demotions. r is freed with p, p is freed with q, q
; escapes: p and r must both stay (demoting p makes the other free
; inconsistent too).
define void @transitive_shared_free(i1 %c, i1 %d) {
; CHECK-LABEL: define void @transitive_shared_free(
; CHECK-NOT:     alloca
; CHECK:         %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = call ptr @malloc(i64 16)
; CHECK-NEXT:    %r = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %s1)
; CHECK-NEXT:    call void @free(ptr %s2)
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 16)
  %r = call ptr @malloc(i64 16)
  call void @unknown(ptr %q)
  %s1 = select i1 %c, ptr %p, ptr %q
  %s2 = select i1 %d, ptr %r, ptr %p
  call void @free(ptr %s1)
  call void @free(ptr %s2)
  ret void
}

; negative: free through a pointer loaded from memory that may hold either
; of two objects, one of which escapes.
define void @free_via_loaded_pointer(i1 %c) {
; CHECK-LABEL: define void @free_via_loaded_pointer(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    %q = call ptr @malloc(i64 16)
; CHECK-NEXT:    call void @unknown(ptr %q)
; CHECK-NEXT:    store ptr %p, ptr %slot, align 8
; CHECK-NEXT:    br i1 %c, label %set, label %done
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 16)
  call void @unknown(ptr %q)
  store ptr %p, ptr %slot
  br i1 %c, label %set, label %done
set:
  store ptr %q, ptr %slot
  br label %done
done:
  %x = load ptr, ptr %slot
  call void @free(ptr %x)
  ret void
}

; negative: free through a pointer loaded from a parameter's memory: it may
; hold anything, including p after the store, or the caller's object.
define void @free_via_param_memory(ptr %box) {
; CHECK-LABEL: define void @free_via_param_memory(
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    store ptr %p, ptr %box, align 8
; CHECK-NEXT:    %x = load ptr, ptr %box, align 8
; CHECK-NEXT:    call void @free(ptr %x)
; CHECK-NEXT:    ret void
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %box
  %x = load ptr, ptr %box
  call void @free(ptr %x)
  ret void
}

; positive: the loaded pointer can only be one of two promoted objects.
define void @free_via_local_slot_promoted(i1 %c) {
; CHECK-LABEL: define void @free_via_local_slot_promoted(
; CHECK-DAG:     %p.stack = alloca [16 x i8], align 16
; CHECK-DAG:     %q.stack = alloca [16 x i8], align 16
; CHECK-NOT:     call void @free
; CHECK:         ret void
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 16)
  store ptr %p, ptr %slot
  br i1 %c, label %set, label %done
set:
  store ptr %q, ptr %slot
  br label %done
done:
  %x = load ptr, ptr %slot
  call void @free(ptr %x)
  ret void
}
