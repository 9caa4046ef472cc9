; Allocations inside loops. An object freed before its allocation runs again
; reuses one entry-block slot, with lifetime.start/end inside the loop (the
; stack never grows). An object that may still be alive when its allocation
; runs again stays on the heap.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree)

; positive: for (i..n) { char *b = malloc(32); use(b); free(b); }
define void @iteration_local(i32 %n) {
; CHECK-LABEL: define void @iteration_local(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %b.stack = alloca [32 x i8], align 16
; CHECK-NEXT:    br label %loop
; CHECK:       loop:
; CHECK-NEXT:    %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %b.stack)
; CHECK-NEXT:    call void @use(ptr %b.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %b.stack)
; CHECK-NEXT:    %i.next = add i32 %i, 1
; CHECK-NEXT:    %c = icmp slt i32 %i.next, %n
; CHECK-NEXT:    br i1 %c, label %loop, label %exit
; CHECK:       exit:
; CHECK-NEXT:    ret void
; CHECK-NOT:     alloca
; CHECK:       }
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %b = call ptr @malloc(i64 32)
  call void @use(ptr %b)
  call void @free(ptr %b)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; positive: freed on both paths of a branch inside the loop body.
define void @freed_on_every_path(i32 %n, i1 %k) {
; CHECK-LABEL: define void @freed_on_every_path(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %b.stack = alloca [16 x i8], align 16
; CHECK:       loop:
; CHECK:         call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %b.stack)
; CHECK:       left:
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %b.stack)
; CHECK:       right:
; CHECK-NEXT:    call void @use(ptr %b.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %b.stack)
; CHECK-NOT:     @malloc
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %b = call ptr @malloc(i64 16)
  br i1 %k, label %left, label %right
left:
  call void @free(ptr %b)
  br label %latch
right:
  call void @use(ptr %b)
  call void @free(ptr %b)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: `continue` skips the free on one path, so the previous
; iteration's object may still be alive (leaked, or reachable) when the
; allocation runs again; one slot cannot hold both.
define void @free_skipped_on_a_path(i32 %n, i1 %k) {
; CHECK-LABEL: define void @free_skipped_on_a_path(
; CHECK-NOT:     alloca
; CHECK:         %b = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %b)
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %b = call ptr @malloc(i64 16)
  call void @use(ptr %b)
  br i1 %k, label %latch, label %dofree
dofree:
  call void @free(ptr %b)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: allocated in the loop, never freed: every iteration's object is
; a distinct leaked block, and the address of an earlier one may be kept.
define void @leaked_in_loop(i32 %n) {
; CHECK-LABEL: define void @leaked_in_loop(
; CHECK-NOT:     alloca
; CHECK:         %b = call ptr @malloc(i64 16)
; CHECK-NOT:     alloca
; CHECK:       }
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %b = call ptr @malloc(i64 16)
  call void @use(ptr %b)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: loop-carried prev/cur pair. Each iteration allocates cur, reads
; prev (the previous iteration's object, still alive) and frees prev.
define void @prev_cur(i32 %n) {
; CHECK-LABEL: define void @prev_cur(
; CHECK-NOT:     alloca
; CHECK:         %cur = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %prev)
; CHECK:         call void @free(ptr %last)
; CHECK-NOT:     alloca
; CHECK:       }
entry:
  %first = call ptr @malloc(i64 16)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %prev = phi ptr [ %first, %entry ], [ %cur, %loop ]
  %cur = call ptr @malloc(i64 16)
  %v = load i32, ptr %prev
  store i32 %v, ptr %cur
  call void @free(ptr %prev)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  %last = phi ptr [ %cur, %loop ]
  call void @free(ptr %last)
  ret void
}

; negative: a linked list built in a loop, each node pointing to the one
; allocated in the previous iteration, then walked and freed after the loop.
define i32 @list_built_in_loop(i32 %n) {
; CHECK-LABEL: define i32 @list_built_in_loop(
; CHECK-NOT:     alloca
; CHECK:         %node = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %walk)
; CHECK-NOT:     alloca
; CHECK:       }
entry:
  br label %build
build:
  %i = phi i32 [ 0, %entry ], [ %i.next, %build ]
  %head = phi ptr [ null, %entry ], [ %node, %build ]
  %node = call ptr @malloc(i64 16)
  store ptr %head, ptr %node
  %val = getelementptr inbounds i8, ptr %node, i64 8
  store i32 %i, ptr %val
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %build, label %walkhdr
walkhdr:
  br label %walk.loop
walk.loop:
  %walk = phi ptr [ %node, %walkhdr ], [ %next, %walk.body ]
  %sum = phi i32 [ 0, %walkhdr ], [ %sum.next, %walk.body ]
  %done = icmp eq ptr %walk, null
  br i1 %done, label %out, label %walk.body
walk.body:
  %next = load ptr, ptr %walk
  %vp = getelementptr inbounds i8, ptr %walk, i64 8
  %x = load i32, ptr %vp
  %sum.next = add i32 %sum, %x
  call void @free(ptr %walk)
  br label %walk.loop
out:
  ret i32 %sum
}

; negative: allocated in the loop, freed only after it: only the last
; object is freed, earlier ones are still alive when the call runs again.
define void @freed_after_loop(i32 %n) {
; CHECK-LABEL: define void @freed_after_loop(
; CHECK-NOT:     alloca
; CHECK:         %b = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %b)
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %b = call ptr @malloc(i64 16)
  call void @use(ptr %b)
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  call void @free(ptr %b)
  ret void
}

; negative: the object is kept in a slot outside the loop and freed at the
; top of the next iteration (through a reload): it is alive when the call
; runs again.
define void @freed_next_iteration(i32 %n) {
; CHECK-LABEL: define void @freed_next_iteration(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NOT:     alloca
; CHECK:         call void @free(ptr %old)
; CHECK-NEXT:    %b = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %last)
entry:
  %slot = alloca ptr, align 8
  store ptr null, ptr %slot
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %old = load ptr, ptr %slot
  call void @free(ptr %old)
  %b = call ptr @malloc(i64 16)
  call void @use(ptr %b)
  store ptr %b, ptr %slot
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  %last = load ptr, ptr %slot
  call void @free(ptr %last)
  ret void
}

; positive: two nested loops, the object is local to the inner iteration; the
; slot is still in the entry block.
define void @nested_loops(i32 %n) {
; CHECK-LABEL: define void @nested_loops(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %b.stack = alloca [8 x i8], align 16
; CHECK-NEXT:    br label %outer
; CHECK:       inner:
; CHECK-NEXT:    %j = phi i32
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %b.stack)
; CHECK-NEXT:    call void @use(ptr %b.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %b.stack)
; CHECK-NOT:     alloca
; CHECK:       }
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i.next, %outer.latch ]
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j.next, %inner ]
  %b = call ptr @malloc(i64 8)
  call void @use(ptr %b)
  call void @free(ptr %b)
  %j.next = add i32 %j, 1
  %cj = icmp slt i32 %j.next, %n
  br i1 %cj, label %inner, label %outer.latch
outer.latch:
  %i.next = add i32 %i, 1
  %ci = icmp slt i32 %i.next, %n
  br i1 %ci, label %outer, label %exit
exit:
  ret void
}

; positive: `if (!b) continue;` -- on the null edge there is no instance, so
; the only path back to the call that skips the free carries none.
define void @null_continue(i32 %n) {
; CHECK-LABEL: define void @null_continue(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %b.stack = alloca [16 x i8], align 16
; CHECK:       loop:
; CHECK-NEXT:    %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %b.stack)
; CHECK-NEXT:    br i1 false, label %latch, label %body
; CHECK:       body:
; CHECK-NEXT:    call void @use(ptr %b.stack)
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %b.stack)
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %b = call ptr @malloc(i64 16)
  %isnull = icmp eq ptr %b, null
  br i1 %isnull, label %latch, label %body
body:
  call void @use(ptr %b)
  call void @free(ptr %b)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: the test that skips the free is on something else, not on b.
define void @other_null_continue(i32 %n, ptr %q) {
; CHECK-LABEL: define void @other_null_continue(
; CHECK-NOT:     alloca
; CHECK:         %b = call ptr @malloc(i64 16)
; CHECK:         call void @free(ptr %b)
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %b = call ptr @malloc(i64 16)
  call void @use(ptr %b)
  %isnull = icmp eq ptr %q, null
  br i1 %isnull, label %latch, label %body
body:
  call void @free(ptr %b)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; negative: `if (b) continue;` (inverted): the non-null edge skips the free.
define void @nonnull_continue(i32 %n) {
; CHECK-LABEL: define void @nonnull_continue(
; CHECK-NOT:     alloca
; CHECK:         %b = call ptr @malloc(i64 16)
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %b = call ptr @malloc(i64 16)
  call void @use(ptr %b)
  %nn = icmp ne ptr %b, null
  br i1 %nn, label %latch, label %body
body:
  call void @free(ptr %b)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
