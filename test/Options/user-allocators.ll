; -escape-allocator / -escape-deallocator: project wrappers the user vouches for.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes=heap-to-stack -escape-allocator=xmalloc:malloc,xcalloc:calloc -escape-allocator=xstrdup:strdup -escape-deallocator=xfree -S < %s | FileCheck %s
; RUN: not %opt -passes=heap-to-stack -escape-allocator=xmalloc:mallocc -disable-output < %s 2>&1 | FileCheck %s --check-prefix=BADKIND
; RUN: not %opt -passes=heap-to-stack -escape-allocator=:malloc -disable-output < %s 2>&1 | FileCheck %s --check-prefix=NONAME
; RUN: not %opt -passes=heap-to-stack -escape-deallocator=xfree, -disable-output < %s 2>&1 | FileCheck %s --check-prefix=NODEALLOC

; BADKIND: for the --escape-allocator option: 'xmalloc:mallocc' is not NAME:KIND with KIND one of malloc, calloc, aligned_alloc, strdup, strndup
; NONAME: for the --escape-allocator option: ':malloc' is not NAME:KIND
; NODEALLOC: for the --escape-deallocator option: wants a function name, e.g. xfree

declare ptr @xmalloc(i64)
declare ptr @xcalloc(i64, i64)
declare ptr @xstrdup(ptr)
declare void @xfree(ptr)
declare void @free(ptr)
declare i64 @strlen(ptr)

@hello = private constant [6 x i8] c"hello\00"

; Without the options the wrappers are unknown functions.
; OFF-LABEL: @wrapped(
; OFF: call ptr @xmalloc(i64 32)
; OFF: call void @xfree(
; CHECK-LABEL: @wrapped(
; CHECK: %b.stack = alloca [32 x i8], align 16
; CHECK-NOT: @xmalloc
; CHECK-NOT: @xfree
; CHECK: ret i64
define i64 @wrapped() {
  %b = call ptr @xmalloc(i64 32)
  store i8 0, ptr %b
  %n = call i64 @strlen(ptr %b)
  call void @xfree(ptr %b)
  ret i64 %n
}

; xcalloc stands for calloc: the slot is zeroed.
; CHECK-LABEL: @zeroed(
; CHECK: %z.stack = alloca [64 x i8], align 16
; CHECK: call void @llvm.memset.p0.i64(ptr align 16 %z.stack, i8 0, i64 64, i1 false)
define i8 @zeroed() {
  %z = call ptr @xcalloc(i64 16, i64 4)
  %v = load i8, ptr %z
  call void @free(ptr %z)
  ret i8 %v
}

; xstrdup of a literal: the literal is copied into the slot.
; CHECK-LABEL: @dup(
; CHECK: %s.stack = alloca [6 x i8], align 16
; CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @hello, i64 6, i1 false)
define i64 @dup() {
  %s = call ptr @xstrdup(ptr @hello)
  %n = call i64 @strlen(ptr %s)
  call void @free(ptr %s)
  ret i64 %n
}

; negative: a calloc-kind wrapper called with one argument (through a
; different prototype) does not fit its kind, so it is not recognised.
; CHECK-LABEL: @wrong_arity(
; CHECK: call ptr @xcalloc(i64 4)
define void @wrong_arity() {
  %p = call ptr @xcalloc(i64 4)
  call void @xfree(ptr %p)
  ret void
}
