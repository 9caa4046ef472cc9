; -escape-explain (Go's -m=2): an escaping allocation's line ends with ':'
; and is followed by the flow that took it to the heap, one step per
; `flow:` line and one `from` line with the reason and position, in the
; shape REMARKS.md gives:
;   main.c:40:13: malloc(16) escapes to heap:
;   main.c:40:13:   flow: {heap} = p:
;   main.c:40:13:     from keep = p (assign to global) at main.c:41:8
; RUN: %opt -passes=heap-to-stack -escape-explain -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @read(ptr nocapture readonly) nofree nounwind

; CHECK:      remark: xalloc.c:4:13: malloc(16) escapes to heap:{{$}}
; CHECK-NEXT: remark: xalloc.c:4:13:   flow: {heap} = p:{{$}}
; CHECK-NEXT: remark: xalloc.c:4:13:     from keep = p (assign to global) at xalloc.c:5:8{{$}}
define void @publish() !dbg !10 {
  %p = call ptr @malloc(i64 16), !dbg !11
    #dbg_value(ptr %p, !12, !DIExpression(), !13)
  store ptr %p, ptr @keep, !dbg !14
  ret void
}

; A decision that needs no explanation has no ':' and no flow lines.
; CHECK-NEXT: remark: xalloc.c:9:13: malloc(32) does not escape{{$}}
; CHECK-NEXT: remark: xalloc.c:14:13: malloc(8192) does not escape, but stays on heap: too large for stack (8192 > 4096 bytes){{$}}
define void @quiet() !dbg !20 {
  %p = call ptr @malloc(i64 32), !dbg !21
  call void @read(ptr %p), !dbg !21
  call void @free(ptr %p), !dbg !21
  %q = call ptr @malloc(i64 8192), !dbg !22
  call void @read(ptr %q), !dbg !22
  call void @free(ptr %q), !dbg !22
  ret void
}

; Returned: the last step goes to {result}.
; CHECK-NEXT: remark: xalloc.c:17:13: malloc(8) escapes to heap:{{$}}
; CHECK-NEXT: remark: xalloc.c:17:13:   flow: {result} = b:{{$}}
; CHECK-NEXT: remark: xalloc.c:17:13:     from return b (return) at xalloc.c:18:3{{$}}
define ptr @give() !dbg !30 {
  %b = call ptr @malloc(i64 8), !dbg !31
    #dbg_value(ptr %b, !32, !DIExpression(), !33)
  ret ptr %b, !dbg !34
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "xalloc.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)

!10 = distinct !DISubprogram(name: "publish", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocation(line: 4, column: 13, scope: !10)
!12 = !DILocalVariable(name: "p", scope: !10, file: !1, line: 4, type: !6)
!13 = !DILocation(line: 4, column: 9, scope: !10)
!14 = !DILocation(line: 5, column: 8, scope: !10)
!20 = distinct !DISubprogram(name: "quiet", scope: !1, file: !1, line: 8, type: !4, scopeLine: 8, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!21 = !DILocation(line: 9, column: 13, scope: !20)
!22 = !DILocation(line: 14, column: 13, scope: !20)
!30 = distinct !DISubprogram(name: "give", scope: !1, file: !1, line: 16, type: !4, scopeLine: 16, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocation(line: 17, column: 13, scope: !30)
!32 = !DILocalVariable(name: "b", scope: !30, file: !1, line: 17, type: !6)
!33 = !DILocation(line: 17, column: 9, scope: !30)
!34 = !DILocation(line: 18, column: 3, scope: !30)
