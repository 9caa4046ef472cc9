; The printf and scanf families, including the fortified (__printf_chk,
; __sprintf_chk, ...) and C99/C23 (__isoc99_sscanf, __isoc23_sscanf)
; spellings glibc's headers redirect to: the format and the arguments are
; read, the output buffer and scanf's targets are written with plain data.
; Nothing passed escapes.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @printf(ptr, ...)
declare i32 @fprintf(ptr, ptr, ...)
declare i32 @sprintf(ptr, ptr, ...)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @vprintf(ptr, ptr)
declare i32 @vsnprintf(ptr, i64, ptr, ptr)
declare i32 @scanf(ptr, ...)
declare i32 @sscanf(ptr, ptr, ...)
declare i32 @fscanf(ptr, ptr, ...)
declare i32 @__sprintf_chk(ptr, i32, i64, ptr, ...)
declare i32 @__snprintf_chk(ptr, i64, i32, i64, ptr, ...)
declare i32 @__printf_chk(i32, ptr, ...)
declare i32 @__fprintf_chk(ptr, i32, ptr, ...)
declare i32 @__isoc99_fscanf(ptr, ptr, ...)
declare i32 @__isoc23_sscanf(ptr, ptr, ...)

@stdout = external global ptr
@fmt = private constant [6 x i8] c"%s %d\00"

; A format in a buffer is only read; the arguments of a constant format
; without %p are only read.
; CHECK-LABEL: escape facts for 'print_family':
; CHECK-NEXT:    heap %f (malloc): does not escape, freed
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NEXT:    heap %va (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @print_family() {
  %f = call ptr @malloc(i64 16)
  %s = call ptr @malloc(i64 16)
  %va = call ptr @malloc(i64 24)
  %out = load ptr, ptr @stdout
  %r0 = call i32 (ptr, ...) @printf(ptr %f)
  %r1 = call i32 (ptr, ...) @printf(ptr @fmt, ptr %s, i32 1)
  %r2 = call i32 (ptr, ptr, ...) @fprintf(ptr %out, ptr @fmt, ptr %s)
  %r3 = call i32 @vprintf(ptr %f, ptr %va)
  call void @free(ptr %f)
  call void @free(ptr %s)
  call void @free(ptr %va)
  ret void
}

; Formatting into a buffer: the buffer is written, the arguments read.
; CHECK-LABEL: escape facts for 'format_into_buffer':
; CHECK-NEXT:    param %va: does not escape
; CHECK-NEXT:    heap %buf (malloc): does not escape, freed
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @format_into_buffer(ptr %va) {
  %buf = call ptr @malloc(i64 64)
  %s = call ptr @malloc(i64 16)
  %r1 = call i32 (ptr, ptr, ...) @sprintf(ptr %buf, ptr @fmt, ptr %s, i32 1)
  %r2 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 64, ptr @fmt, ptr %s, i32 2)
  %r3 = call i32 @vsnprintf(ptr %buf, i64 64, ptr @fmt, ptr %va)
  %r4 = call i32 (ptr, i32, i64, ptr, ...) @__sprintf_chk(ptr %buf, i32 1, i64 64, ptr @fmt, ptr %s, i32 3)
  %r5 = call i32 (ptr, i64, i32, i64, ptr, ...) @__snprintf_chk(ptr %buf, i64 64, i32 1, i64 64, ptr @fmt, ptr %s, i32 4)
  call void @free(ptr %buf)
  call void @free(ptr %s)
  ret void
}

; glibc's fortified printf: __printf_chk(flag, fmt, ...) and
; __fprintf_chk(stream, flag, fmt, ...).
; CHECK-LABEL: escape facts for 'fortified':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @fortified() {
  %s = call ptr @malloc(i64 16)
  %out = load ptr, ptr @stdout
  %r1 = call i32 (i32, ptr, ...) @__printf_chk(i32 1, ptr @fmt, ptr %s, i32 1)
  %r2 = call i32 (ptr, i32, ptr, ...) @__fprintf_chk(ptr %out, i32 1, ptr @fmt, ptr %s, i32 2)
  call void @free(ptr %s)
  ret void
}

; Scanning: the input string is read, the targets written.
; CHECK-LABEL: escape facts for 'scan_family':
; CHECK-NEXT:    local %n: does not escape
; CHECK-NEXT:    heap %in (malloc): does not escape, freed
; CHECK-NEXT:    heap %word (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i32 @scan_family() {
  %n = alloca i32
  %in = call ptr @malloc(i64 32)
  %word = call ptr @malloc(i64 16)
  %f = load ptr, ptr @stdout
  %r1 = call i32 (ptr, ptr, ...) @sscanf(ptr %in, ptr @fmt, ptr %word, ptr %n)
  %r2 = call i32 (ptr, ...) @scanf(ptr @fmt, ptr %word, ptr %n)
  %r3 = call i32 (ptr, ptr, ...) @fscanf(ptr %f, ptr @fmt, ptr %word, ptr %n)
  %v = load i32, ptr %n
  call void @free(ptr %in)
  call void @free(ptr %word)
  ret i32 %v
}

; The C99/C23 scanf spellings TargetLibraryInfo does not know (the two it
; knows, __isoc99_sscanf and __isoc99_scanf, are in libc-isoc99-scanf.ll).
; CHECK-LABEL: escape facts for 'isoc_scanf':
; CHECK-NEXT:    local %n: does not escape
; CHECK-NEXT:    heap %in (malloc): does not escape, freed
; CHECK-NEXT:    heap %word (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define i32 @isoc_scanf() {
  %n = alloca i32
  %in = call ptr @malloc(i64 32)
  %word = call ptr @malloc(i64 16)
  %f = load ptr, ptr @stdout
  %r3 = call i32 (ptr, ptr, ...) @__isoc99_fscanf(ptr %f, ptr @fmt, ptr %word, ptr %n)
  %r4 = call i32 (ptr, ptr, ...) @__isoc23_sscanf(ptr %in, ptr @fmt, ptr %word, ptr %n)
  %v = load i32, ptr %n
  call void @free(ptr %in)
  call void @free(ptr %word)
  ret i32 %v
}

; The fortified names are glibc's: a function of the module that happens to
; be called __printf_chk is not modelled, and keeps its argument.
; CHECK-LABEL: escape facts for 'defined_printf_chk_caller':
; CHECK-NEXT:    heap %s (malloc): escapes to heap (call parameter)
; CHECK:         escape facts for '__isoc99_sscanf_defined':
@kept = global ptr null
define void @defined_printf_chk_caller() {
  %s = call ptr @malloc(i64 16)
  %r = call i32 (ptr, ptr, ...) @__isoc99_sscanf_defined(ptr %s, ptr @fmt)
  ret void
}
define i32 @__isoc99_sscanf_defined(ptr %s, ptr %f, ...) {
  store ptr %s, ptr @kept
  ret i32 0
}

; With -fno-builtin ("no-builtins") the name-based models are off too (and
; malloc is not malloc: the buffer is a local array here).
; CHECK-LABEL: escape facts for 'no_builtins':
; CHECK-NEXT:    local %s: escapes to heap (unknown callee)
define void @no_builtins() "no-builtins" {
  %s = alloca [16 x i8]
  %r = call i32 (i32, ptr, ...) @__printf_chk(i32 1, ptr @fmt, ptr %s)
  ret void
}
