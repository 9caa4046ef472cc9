; Non-escaping malloc is promoted to an entry-block alloca with malloc's
; alignment; free becomes lifetime.end.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; positive: written, read back and freed in the same function.
define i32 @store_load_free() {
; CHECK-LABEL: define i32 @store_load_free(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    store i32 7, ptr %p.stack, align 4
; CHECK-NEXT:    %v = load i32, ptr %p.stack, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 %v
; CHECK-NEXT:  }
  %p = call ptr @malloc(i64 16)
  store i32 7, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; positive: odd size keeps its exact byte count, alignment stays 16.
define i8 @odd_size() {
; CHECK-LABEL: define i8 @odd_size(
; CHECK-NEXT:    %buf.stack = alloca [3 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 3, )?}}ptr %buf.stack)
; CHECK-NEXT:    %e = getelementptr inbounds i8, ptr %buf.stack, i64 2
; CHECK-NEXT:    store i8 1, ptr %e, align 1
; CHECK-NEXT:    %v = load i8, ptr %e, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 3, )?}}ptr %buf.stack)
; CHECK-NEXT:    ret i8 %v
; CHECK-NEXT:  }
  %buf = call ptr @malloc(i64 3)
  %e = getelementptr inbounds i8, ptr %buf, i64 2
  store i8 1, ptr %e
  %v = load i8, ptr %e
  call void @free(ptr %buf)
  ret i8 %v
}

; positive: never freed (a leak on the heap) still dies with the frame; no
; lifetime.end is invented.
define i32 @never_freed() {
; CHECK-LABEL: define i32 @never_freed(
; CHECK-NEXT:    %p.stack = alloca [8 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %p.stack)
; CHECK-NEXT:    store i64 0, ptr %p.stack, align 8
; CHECK-NEXT:    ret i32 0
; CHECK-NEXT:  }
  %p = call ptr @malloc(i64 8)
  store i64 0, ptr %p
  ret i32 0
}

; positive: an unnamed allocation gets the slot name escape.stack.
define void @unnamed() {
; CHECK-LABEL: define void @unnamed(
; CHECK-NEXT:    %escape.stack = alloca [4 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 4, )?}}ptr %escape.stack)
; CHECK-NEXT:    store i32 0, ptr %escape.stack, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 4, )?}}ptr %escape.stack)
; CHECK-NEXT:    ret void
; CHECK-NEXT:  }
  %1 = call ptr @malloc(i64 4)
  store i32 0, ptr %1
  call void @free(ptr %1)
  ret void
}

; positive: freed on both arms of a branch; each free becomes lifetime.end.
define i32 @free_on_both_paths(i1 %c) {
; CHECK-LABEL: define i32 @free_on_both_paths(
; CHECK-NEXT:    %p.stack = alloca [32 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %p.stack)
; CHECK-NEXT:    store i32 1, ptr %p.stack, align 4
; CHECK-NEXT:    br i1 %c, label %a, label %b
; CHECK:       a:
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 1
; CHECK:       b:
; CHECK-NEXT:    %v = load i32, ptr %p.stack, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 %v
; CHECK-NEXT:  }
  %p = call ptr @malloc(i64 32)
  store i32 1, ptr %p
  br i1 %c, label %a, label %b
a:
  call void @free(ptr %p)
  ret i32 1
b:
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; positive: two objects in one function get two slots, each its own lifetime.
define void @two_objects() {
; CHECK-LABEL: define void @two_objects(
; CHECK-DAG:     %a.stack = alloca [8 x i8], align 16
; CHECK-DAG:     %b.stack = alloca [24 x i8], align 16
; CHECK:         call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %a.stack)
; CHECK:         call void @llvm.lifetime.start.p0({{(i64 24, )?}}ptr %b.stack)
; CHECK:         call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %a.stack)
; CHECK:         call void @llvm.lifetime.end.p0({{(i64 24, )?}}ptr %b.stack)
; CHECK-NOT:     @malloc
; CHECK-NOT:     @free
; CHECK:       }
  %a = call ptr @malloc(i64 8)
  %b = call ptr @malloc(i64 24)
  store i64 1, ptr %a
  store i64 2, ptr %b
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}

; positive: a bitcast-free use through an addrspace-0 GEP chain and a
; freeze; free of the GEP's base after the uses.
define i32 @through_gep_and_freeze() {
; CHECK-LABEL: define i32 @through_gep_and_freeze(
; CHECK-NEXT:    %p.stack = alloca [64 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 64, )?}}ptr %p.stack)
; CHECK-NEXT:    %f = freeze ptr %p.stack
; CHECK-NEXT:    %g = getelementptr inbounds [16 x i32], ptr %f, i64 0, i64 5
; CHECK-NEXT:    store i32 3, ptr %g, align 4
; CHECK-NEXT:    %v = load i32, ptr %g, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 64, )?}}ptr %p.stack)
; CHECK-NEXT:    ret i32 %v
; CHECK-NEXT:  }
  %p = call ptr @malloc(i64 64)
  %f = freeze ptr %p
  %g = getelementptr inbounds [16 x i32], ptr %f, i64 0, i64 5
  store i32 3, ptr %g
  %v = load i32, ptr %g
  call void @free(ptr %p)
  ret i32 %v
}
