; glibc's headers redirect sscanf and scanf to __isoc99_sscanf and
; __isoc99_scanf (C99 mode). TargetLibraryInfo knows these two names, so
; they must get the scanf model like sscanf and scanf: the input string and
; the format are read, the targets written with plain data; nothing escapes.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s --check-prefix=PROMOTE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @__isoc99_sscanf(ptr, ptr, ...)
declare i32 @__isoc99_scanf(ptr, ...)
declare i32 @sscanf(ptr, ptr, ...)

@fmt = private constant [6 x i8] c"%s %d\00"

; The plain name, for comparison.
; CHECK-LABEL: escape facts for 'plain_sscanf':
; CHECK-NEXT:    local %n: does not escape
; CHECK-NEXT:    heap %in (malloc): does not escape, freed
; CHECK-NEXT:    heap %word (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
; PROMOTE-LABEL: define i32 @plain_sscanf(
; PROMOTE-DAG:     %in.stack = alloca [32 x i8], align 16
; PROMOTE-DAG:     %word.stack = alloca [16 x i8], align 16
define i32 @plain_sscanf() {
  %n = alloca i32
  %in = call ptr @malloc(i64 32)
  %word = call ptr @malloc(i64 16)
  %r = call i32 (ptr, ptr, ...) @sscanf(ptr %in, ptr @fmt, ptr %word, ptr %n)
  %v = load i32, ptr %n
  call void @free(ptr %in)
  call void @free(ptr %word)
  ret i32 %v
}

; CHECK-LABEL: escape facts for 'isoc99_sscanf':
; CHECK-NEXT:    local %n: does not escape
; CHECK-NEXT:    heap %in (malloc): does not escape, freed
; CHECK-NEXT:    heap %word (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
; PROMOTE-LABEL: define i32 @isoc99_sscanf(
; PROMOTE-DAG:     %in.stack = alloca [32 x i8], align 16
; PROMOTE-DAG:     %word.stack = alloca [16 x i8], align 16
define i32 @isoc99_sscanf() {
  %n = alloca i32
  %in = call ptr @malloc(i64 32)
  %word = call ptr @malloc(i64 16)
  %r = call i32 (ptr, ptr, ...) @__isoc99_sscanf(ptr %in, ptr @fmt, ptr %word, ptr %n)
  %v = load i32, ptr %n
  call void @free(ptr %in)
  call void @free(ptr %word)
  ret i32 %v
}

; CHECK-LABEL: escape facts for 'isoc99_scanf':
; CHECK-NEXT:    local %n: does not escape
; CHECK-NEXT:    heap %word (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
; PROMOTE-LABEL: define i32 @isoc99_scanf(
; PROMOTE:         %word.stack = alloca [16 x i8], align 16
define i32 @isoc99_scanf() {
  %n = alloca i32
  %word = call ptr @malloc(i64 16)
  %r = call i32 (ptr, ...) @__isoc99_scanf(ptr @fmt, ptr %word, ptr %n)
  %v = load i32, ptr %n
  call void @free(ptr %word)
  ret i32 %v
}
