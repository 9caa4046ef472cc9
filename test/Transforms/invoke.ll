; Allocation and free calls emitted as invokes (C code built with
; -fexceptions, C++ callers) are promoted like calls: the invoke becomes a
; branch to its normal destination.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @may_throw()
declare i32 @__gxx_personality_v0(...)

; positive: invoke malloc / invoke free.
define i32 @invoked() personality ptr @__gxx_personality_v0 {
; CHECK-LABEL: define i32 @invoked(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    br label %ok
; CHECK:       ok:
; CHECK-NEXT:    store i32 1, ptr %p.stack, align 4
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    br label %done
; CHECK:       done:
; CHECK-NEXT:    ret i32 0
entry:
  %p = invoke ptr @malloc(i64 16) to label %ok unwind label %lp
ok:
  store i32 1, ptr %p
  invoke void @free(ptr %p) to label %done unwind label %lp
done:
  ret i32 0
lp:
  %l = landingpad { ptr, i32 } cleanup
  ret i32 1
}

; positive: a throwing call between malloc and free, with the free in the
; cleanup path too: both frees end the slot's lifetime.
define void @cleanup_frees() personality ptr @__gxx_personality_v0 {
; CHECK-LABEL: define void @cleanup_frees(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK:         invoke void @may_throw()
; CHECK:       ok:
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    ret void
; CHECK:       lp:
; CHECK-NEXT:    %l = landingpad { ptr, i32 }
; CHECK-NEXT:    cleanup
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack)
; CHECK-NEXT:    resume { ptr, i32 } %l
entry:
  %p = call ptr @malloc(i64 16)
  invoke void @may_throw() to label %ok unwind label %lp
ok:
  call void @free(ptr %p)
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  call void @free(ptr %p)
  resume { ptr, i32 } %l
}

; negative: the buffer is handed to a callee through an invoke.
declare void @keep(ptr)
define void @invoked_escape() personality ptr @__gxx_personality_v0 {
; CHECK-LABEL: define void @invoked_escape(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %p = call ptr @malloc(i64 16)
; CHECK-NEXT:    invoke void @keep(ptr %p)
entry:
  %p = call ptr @malloc(i64 16)
  invoke void @keep(ptr %p) to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  call void @free(ptr %p)
  resume { ptr, i32 } %l
}
