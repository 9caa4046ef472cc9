; A pointer printed with %p leaves as text, exactly like a ptrtoint: the text
; can be parsed back (sscanf "%p") into a pointer the analysis cannot follow.
; Here the only free of the buffer goes through the parsed pointer: after
; promotion, that free would be handed a stack address. The buffer must stay
; on the heap.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @sscanf(ptr, ptr, ...)

@pfmt = private constant [3 x i8] c"%p\00"

; negative: char handle[32]; snprintf(handle, 32, "%p", obj);
; void *back; sscanf(handle, "%p", &back); free(back);
define void @handle_round_trip() {
; CHECK-LABEL: define void @handle_round_trip(
; CHECK:         %obj = call ptr @malloc(i64 64)
; CHECK:         call void @free(ptr %back)
  %handle = alloca [32 x i8], align 16
  %slot = alloca ptr, align 8
  %obj = call ptr @malloc(i64 64)
  store i32 7, ptr %obj
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @pfmt, ptr %obj)
  %m = call i32 (ptr, ptr, ...) @sscanf(ptr %handle, ptr @pfmt, ptr %slot)
  %back = load ptr, ptr %slot
  call void @free(ptr %back)
  ret void
}

; negative: a format nobody can read (not a constant) may print any pointer
; argument with %p.
define void @unknown_format(ptr %fmt) {
; CHECK-LABEL: define void @unknown_format(
; CHECK-NEXT:    %handle = alloca [32 x i8], align 16
; CHECK-NEXT:    %obj = call ptr @malloc(i64 64)
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr %fmt, ptr %obj)
  call void @free(ptr %obj)
  ret void
}

; positive: a constant format without %p reads the argument as a string.
@sfmt = private constant [3 x i8] c"%s\00"
define void @string_format() {
; CHECK-LABEL: define void @string_format(
; CHECK-NEXT:    %obj.stack = alloca [64 x i8], align 16
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  store i8 0, ptr %obj
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @sfmt, ptr %obj)
  call void @free(ptr %obj)
  ret void
}

; The format is read conversion by conversion: only the argument printed
; with %p escapes (here the second: `%s` takes the first, `%*d` takes a
; width and a number), `%%p` prints no argument, and positional conversions
; (`%1$p`) are not followed, so every pointer argument escapes.
@fmt_s_p = private constant [6 x i8] c"%s %p\00"
@fmt_star_p = private constant [7 x i8] c"%*d %p\00"
@fmt_pct_p = private constant [5 x i8] c"%%p\0A\00"
@fmt_pos_p = private constant [5 x i8] c"%1$p\00"

; the string argument stays, the %p argument goes.
define void @second_is_address() {
; CHECK-LABEL: define void @second_is_address(
; CHECK-NEXT:    %str.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    %handle = alloca [32 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %str.stack)
; CHECK-NEXT:    %obj = call ptr @malloc(i64 64)
  %handle = alloca [32 x i8], align 16
  %str = call ptr @malloc(i64 16)
  %obj = call ptr @malloc(i64 64)
  store i8 0, ptr %str
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @fmt_s_p, ptr %str, ptr %obj)
  call void @free(ptr %obj)
  call void @free(ptr %str)
  ret void
}

; negative: `%*d %p`: the star takes an argument, so %p is the third.
define void @star_width(i32 %w) {
; CHECK-LABEL: define void @star_width(
; CHECK-NEXT:    %handle = alloca [32 x i8], align 16
; CHECK-NEXT:    %obj = call ptr @malloc(i64 64)
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @fmt_star_p, i32 %w, i32 1, ptr %obj)
  call void @free(ptr %obj)
  ret void
}

; positive: `%%p` is a percent sign and a letter.
define void @percent_p() {
; CHECK-LABEL: define void @percent_p(
; CHECK-NEXT:    %obj.stack = alloca [64 x i8], align 16
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @fmt_pct_p, ptr %obj)
  call void @free(ptr %obj)
  ret void
}

; negative: a positional conversion.
define void @positional() {
; CHECK-LABEL: define void @positional(
; CHECK-NEXT:    %handle = alloca [32 x i8], align 16
; CHECK-NEXT:    %obj = call ptr @malloc(i64 64)
  %handle = alloca [32 x i8], align 16
  %obj = call ptr @malloc(i64 64)
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %handle, i64 32, ptr @fmt_pos_p, ptr %obj)
  call void @free(ptr %obj)
  ret void
}

; negative: printf itself (format at argument 0) and fprintf (argument 1)
; with %p.
declare i32 @printf(ptr, ...)
declare i32 @fprintf(ptr, ptr, ...)
@pnl = private constant [4 x i8] c"%p\0A\00"
define void @printf_p(ptr %stream) {
; CHECK-LABEL: define void @printf_p(
; CHECK-NEXT:    %a = call ptr @malloc(i64 64)
; CHECK-NEXT:    %b = call ptr @malloc(i64 64)
  %a = call ptr @malloc(i64 64)
  %b = call ptr @malloc(i64 64)
  %n = call i32 (ptr, ...) @printf(ptr @pnl, ptr %a)
  %m = call i32 (ptr, ptr, ...) @fprintf(ptr %stream, ptr @pnl, ptr %b)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}
