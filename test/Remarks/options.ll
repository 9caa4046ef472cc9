; Options that change decisions change the remarks with them:
; -escape-promote=false reports the analysis and leaves the IR alone, and
; the size limits show up in the "too large" and budget lines.
; RUN: %opt -passes=heap-to-stack -escape-promote=false -S \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>%t.off \
; RUN:   | FileCheck %s --check-prefix=IR-OFF
; RUN: FileCheck %s --check-prefix=OFF --implicit-check-not=remark: < %t.off
; RUN: %opt -passes=heap-to-stack -escape-max-object-size=48 \
; RUN:   -escape-max-frame-size=64 -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=SMALL --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @read(ptr nocapture) nofree nounwind memory(argmem: read)

; With promotion off, the allocation that does not escape says so and why
; it is still on the heap; escaping ones read as always.
; OFF: remark: opts.c:4:12: malloc(32) does not escape, but stays on heap: promotion disabled{{$}}
; OFF: remark: opts.c:5:12: malloc(48) does not escape, but stays on heap: promotion disabled{{$}}
; OFF: remark: opts.c:6:12: malloc(64) does not escape, but stays on heap: promotion disabled{{$}}
; OFF: remark: opts.c:7:12: malloc(16) escapes to heap{{$}}
; OFF: remark: opts.c:3:19: p does not escape{{$}}
; IR-OFF-LABEL: define void @f(
; IR-OFF-NOT:   alloca
; IR-OFF:       %a = call ptr @malloc(i64 32)
; IR-OFF:       %b = call ptr @malloc(i64 48)
; IR-OFF:       %c = call ptr @malloc(i64 64)
; IR-OFF:       call void @free(ptr %a)
; IR-OFF:       call void @free(ptr %b)
; IR-OFF:       call void @free(ptr %c)
; IR-OFF:       ret void

; Object limit 48: 64 is too large. Frame limit 64: 32 and 48 take 32 + 48
; rounded to 16-byte slots (32 + 48 = 80 > 64), so the second one stays.
; SMALL: remark: opts.c:4:12: malloc(32) does not escape{{$}}
; SMALL: remark: opts.c:5:12: malloc(48) does not escape, but stays on heap: frame stack budget exhausted
; SMALL: remark: opts.c:6:12: malloc(64) does not escape, but stays on heap: too large for stack (64 > 48 bytes){{$}}
; SMALL: remark: opts.c:7:12: malloc(16) escapes to heap{{$}}
; SMALL: remark: opts.c:3:19: p does not escape{{$}}
define void @f(ptr %p) !dbg !10 {
    #dbg_value(ptr %p, !11, !DIExpression(), !12)
  %a = call ptr @malloc(i64 32), !dbg !13
  %b = call ptr @malloc(i64 48), !dbg !14
  %c = call ptr @malloc(i64 64), !dbg !15
  %d = call ptr @malloc(i64 16), !dbg !16
  store ptr %d, ptr @keep, !dbg !16
  call void @read(ptr %p), !dbg !16
  call void @read(ptr %a), !dbg !13
  call void @read(ptr %b), !dbg !14
  call void @read(ptr %c), !dbg !15
  call void @free(ptr %a), !dbg !13
  call void @free(ptr %b), !dbg !14
  call void @free(ptr %c), !dbg !15
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "opts.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)

!10 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocalVariable(name: "p", arg: 1, scope: !10, file: !1, line: 3, type: !6)
!12 = !DILocation(line: 3, column: 19, scope: !10)
!13 = !DILocation(line: 4, column: 12, scope: !10)
!14 = !DILocation(line: 5, column: 12, scope: !10)
!15 = !DILocation(line: 6, column: 12, scope: !10)
!16 = !DILocation(line: 7, column: 12, scope: !10)
