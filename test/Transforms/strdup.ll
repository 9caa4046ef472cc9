; strdup/strndup of a string literal are promoted: the slot is filled with
; the literal's bytes and a terminating NUL.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@hello = private unnamed_addr constant [6 x i8] c"hello\00"
@empty = private unnamed_addr constant [1 x i8] zeroinitializer

declare ptr @strdup(ptr)
declare ptr @strndup(ptr, i64)
declare void @free(ptr)

; positive: strdup("hello") is 6 bytes, the literal and its NUL copied.
define i8 @dup_literal() {
; CHECK-LABEL: define i8 @dup_literal(
; CHECK-NEXT:    %s.stack = alloca [6 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 6, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @hello, i64 6, i1 false)
; CHECK-NEXT:    store i8 72, ptr %s.stack, align 1
; CHECK-NEXT:    %c = load i8, ptr %s.stack, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 6, )?}}ptr %s.stack)
; CHECK-NEXT:    ret i8 %c
; CHECK-NEXT:  }
  %s = call ptr @strdup(ptr @hello)
  store i8 72, ptr %s
  %c = load i8, ptr %s
  call void @free(ptr %s)
  ret i8 %c
}

; positive: strndup("hello", 3) is "hel" plus the NUL, 4 bytes.
define void @ndup_cut() {
; CHECK-LABEL: define void @ndup_cut(
; CHECK-NEXT:    %s.stack = alloca [4 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 4, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @hello, i64 3, i1 false)
; CHECK-NEXT:    [[END:%.*]] = getelementptr inbounds i8, ptr %s.stack, i64 3
; CHECK-NEXT:    store i8 0, ptr [[END]], align 1
; CHECK-NEXT:    store i8 0, ptr %s.stack, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 4, )?}}ptr %s.stack)
; CHECK-NEXT:    ret void
  %s = call ptr @strndup(ptr @hello, i64 3)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; positive: strndup with a bound past the literal copies the whole literal,
; NUL included.
define void @ndup_long_bound() {
; CHECK-LABEL: define void @ndup_long_bound(
; CHECK-NEXT:    %s.stack = alloca [6 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 6, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @hello, i64 6, i1 false)
; CHECK-NEXT:    store i8 0, ptr %s.stack, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 6, )?}}ptr %s.stack)
  %s = call ptr @strndup(ptr @hello, i64 100)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; positive: strdup("") is one NUL byte.
define void @dup_empty() {
; CHECK-LABEL: define void @dup_empty(
; CHECK-NEXT:    %s.stack = alloca [1 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 1, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @empty, i64 1, i1 false)
; CHECK-NEXT:    %c = load i8, ptr %s.stack, align 1
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 1, )?}}ptr %s.stack)
; CHECK-NEXT:    ret void
  %s = call ptr @strdup(ptr @empty)
  %c = load i8, ptr %s
  call void @free(ptr %s)
  ret void
}

; negative: strdup of a string only known at run time has no constant size.
define void @dup_param(ptr %str) {
; CHECK-LABEL: define void @dup_param(
; CHECK-NEXT:    %s = call ptr @strdup(ptr %str)
; CHECK-NEXT:    store i8 0, ptr %s, align 1
; CHECK-NEXT:    call void @free(ptr %s)
; CHECK-NEXT:    ret void
  %s = call ptr @strdup(ptr %str)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; negative: strndup of a literal with a run-time bound.
define void @ndup_variable_bound(i64 %n) {
; CHECK-LABEL: define void @ndup_variable_bound(
; CHECK-NEXT:    %s = call ptr @strndup(ptr @hello, i64 %n)
; CHECK-NEXT:    call void @free(ptr %s)
; CHECK-NEXT:    ret void
  %s = call ptr @strndup(ptr @hello, i64 %n)
  call void @free(ptr %s)
  ret void
}

; negative: a mutable global may hold a longer string by the time strdup
; runs; its initializer says nothing about the size.
@mutable = global [6 x i8] c"hello\00"
define void @dup_mutable_global() {
; CHECK-LABEL: define void @dup_mutable_global(
; CHECK-NEXT:    %s = call ptr @strdup(ptr @mutable)
  %s = call ptr @strdup(ptr @mutable)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; negative: a weak constant may be replaced at link time by another string.
@weakstr = weak constant [6 x i8] c"hello\00"
define void @dup_weak_constant() {
; CHECK-LABEL: define void @dup_weak_constant(
; CHECK-NEXT:    %s = call ptr @strdup(ptr @weakstr)
  %s = call ptr @strdup(ptr @weakstr)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; positive: strdup of a suffix of a literal (&"hello"[2]) copies "llo" and
; its NUL.
define void @dup_suffix() {
; CHECK-LABEL: define void @dup_suffix(
; CHECK-NEXT:    %s.stack = alloca [4 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 4, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 getelementptr inbounds ({{.*}}@hello, {{.*}}i64 2), i64 4, i1 false)
  %s = call ptr @strdup(ptr getelementptr inbounds ([6 x i8], ptr @hello, i64 0, i64 2))
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; positive: a literal with an embedded NUL: strdup stops at the first one,
; 3 bytes.
@embedded = private unnamed_addr constant [6 x i8] c"ab\00cd\00"
define void @dup_embedded_nul() {
; CHECK-LABEL: define void @dup_embedded_nul(
; CHECK-NEXT:    %s.stack = alloca [3 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 3, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @embedded, i64 3, i1 false)
  %s = call ptr @strdup(ptr @embedded)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; positive: glibc's __strdup (what strdup becomes under some headers).
declare ptr @__strdup(ptr)
define void @dunder_strdup() {
; CHECK-LABEL: define void @dunder_strdup(
; CHECK-NEXT:    %s.stack = alloca [6 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 6, )?}}ptr %s.stack)
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr align 16 %s.stack, ptr align 1 @hello, i64 6, i1 false)
  %s = call ptr @__strdup(ptr @hello)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}

; negative: the same in a -fno-builtin function.
define void @dunder_strdup_no_builtins() "no-builtins" {
; CHECK-LABEL: define void @dunder_strdup_no_builtins(
; CHECK-NEXT:    %s = call ptr @__strdup(ptr @hello)
  %s = call ptr @__strdup(ptr @hello)
  store i8 0, ptr %s
  call void @free(ptr %s)
  ret void
}
