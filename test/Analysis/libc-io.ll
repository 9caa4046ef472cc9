; Stream and file-descriptor I/O on plain bytes: fgets (returns its buffer),
; fread, read, write, fputs, fputc, putc, fwrite, and fopen/stat/gettimeofday
; on local buffers. The buffers do not escape.
; RUN: %opt -passes='print<escape>' -disable-output < %s 2>&1 | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.stat = type { [144 x i8] }
%struct.timeval = type { i64, i64 }

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @fgets(ptr, i32, ptr)
declare i64 @fread(ptr, i64, i64, ptr)
declare i64 @read(i32, ptr, i64)
declare i64 @write(i32, ptr, i64)
declare i32 @fputs(ptr, ptr)
declare i32 @fputc(i32, ptr)
declare i32 @putc(i32, ptr)
declare i64 @fwrite(ptr, i64, i64, ptr)
declare ptr @fopen(ptr, ptr)
declare i32 @stat(ptr, ptr)
declare i32 @gettimeofday(ptr, ptr)

@stdin = external global ptr
@stdout = external global ptr
@g = global ptr null
@mode = private constant [2 x i8] c"r\00"

; CHECK-LABEL: escape facts for 'reads':
; CHECK-NEXT:    heap %line (malloc): does not escape, freed
; CHECK-NEXT:    heap %block (malloc): does not escape, freed
; CHECK-NEXT:    heap %raw (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @reads() {
  %in = load ptr, ptr @stdin
  %line = call ptr @malloc(i64 128)
  %block = call ptr @malloc(i64 256)
  %raw = call ptr @malloc(i64 64)
  %r1 = call ptr @fgets(ptr %line, i32 128, ptr %in)
  %r2 = call i64 @fread(ptr %block, i64 1, i64 256, ptr %in)
  %r3 = call i64 @read(i32 0, ptr %raw, i64 64)
  call void @free(ptr %line)
  call void @free(ptr %block)
  call void @free(ptr %raw)
  ret void
}

; CHECK-LABEL: escape facts for 'writes':
; CHECK-NEXT:    heap %text (malloc): does not escape, freed
; CHECK-NEXT:    heap %block (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @writes() {
  %out = load ptr, ptr @stdout
  %text = call ptr @malloc(i64 32)
  %block = call ptr @malloc(i64 256)
  %w1 = call i32 @fputs(ptr %text, ptr %out)
  %w2 = call i32 @fputc(i32 10, ptr %out)
  %w3 = call i32 @putc(i32 10, ptr %out)
  %w4 = call i64 @fwrite(ptr %block, i64 1, i64 256, ptr %out)
  %w5 = call i64 @write(i32 1, ptr %text, i64 32)
  call void @free(ptr %text)
  call void @free(ptr %block)
  ret void
}

; fgets returns its buffer (or null): storing the result publishes it.
; CHECK-LABEL: escape facts for 'fgets_result':
; CHECK-NEXT:    heap %line (malloc): escapes to heap (assign to global)
; CHECK-NEXT:      &%line -> %line (address-of)
; CHECK-NEXT:      %line -> %r (call result)
; CHECK-NEXT:      %r -> {heap} (assign to global)
; CHECK-NOT:     {{^ }}
define void @fgets_result() {
  %in = load ptr, ptr @stdin
  %line = call ptr @malloc(i64 128)
  %r = call ptr @fgets(ptr %line, i32 128, ptr %in)
  store ptr %r, ptr @g
  ret void
}

; A local FILE* buffer passed to fputs as the stream: written, not kept.
; CHECK-LABEL: escape facts for 'stream_is_local':
; CHECK-NEXT:    heap %s (malloc): does not escape, freed
; CHECK-NEXT:    heap %f (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @stream_is_local() {
  %s = call ptr @malloc(i64 8)
  %f = call ptr @malloc(i64 216)
  %w = call i32 @fputs(ptr %s, ptr %f)
  call void @free(ptr %s)
  call void @free(ptr %f)
  ret void
}

; fread's bytes can overwrite a pointer stored in the buffer: reading it back
; may give an unknown pointer (the held object itself does not escape; the
; free of the reloaded pointer may free it or something else).
; CHECK-LABEL: escape facts for 'fread_over_pointer':
; CHECK-NEXT:    heap %buf (malloc): does not escape, freed
; CHECK-NEXT:    heap %inner (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define void @fread_over_pointer() {
  %in = load ptr, ptr @stdin
  %buf = call ptr @malloc(i64 16)
  %inner = call ptr @malloc(i64 16)
  store ptr %inner, ptr %buf
  %r = call i64 @fread(ptr %buf, i64 1, i64 16, ptr %in)
  %p = load ptr, ptr %buf
  call void @free(ptr %p)
  call void @free(ptr %buf)
  ret void
}

; fopen's path and mode, stat's path and result, gettimeofday's result.
; CHECK-LABEL: escape facts for 'paths_and_results':
; CHECK-NEXT:    local %st: does not escape
; CHECK-NEXT:    local %tv: does not escape
; CHECK-NEXT:    heap %path (malloc): does not escape, freed
; CHECK-NOT:     {{^ }}
define ptr @paths_and_results() {
  %st = alloca %struct.stat
  %tv = alloca %struct.timeval
  %path = call ptr @malloc(i64 64)
  %f = call ptr @fopen(ptr %path, ptr @mode)
  %s = call i32 @stat(ptr %path, ptr %st)
  %t = call i32 @gettimeofday(ptr %tv, ptr null)
  call void @free(ptr %path)
  ret ptr %f
}
