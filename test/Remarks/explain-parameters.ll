; -escape-explain for parameters: the flow starts at the parameter itself
; (there is no address-of step for a parameter) and a call step names the
; call, in the shape REMARKS.md gives:
;   main.c:22:20: leaking param: p
;   main.c:22:20:   flow: {heap} = p:
;   main.c:22:20:     from stash(p) (call parameter) at main.c:24:3
; The decision line ends with ':' like every explained line.
; RUN: %opt -passes=heap-to-stack -escape-explain -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

; CHECK:      remark: xparam.c:8:18: leaking param: q:{{$}}
; CHECK-NEXT: remark: xparam.c:8:18:   flow: {heap} = q:{{$}}
; CHECK-NEXT: remark: xparam.c:8:18:     from keep = q (assign to global) at xparam.c:9:8{{$}}
define void @stash(ptr %q) noinline !dbg !20 {
    #dbg_value(ptr %q, !21, !DIExpression(), !22)
  store ptr %q, ptr @keep, !dbg !23
  ret void
}

; CHECK-NEXT: remark: xparam.c:12:20: leaking param: p:{{$}}
; CHECK-NEXT: remark: xparam.c:12:20:   flow: {heap} = p:{{$}}
; CHECK-NEXT: remark: xparam.c:12:20:     from stash(p) (call parameter) at xparam.c:13:3{{$}}
define void @forward(ptr %p) !dbg !25 {
    #dbg_value(ptr %p, !26, !DIExpression(), !27)
  call void @stash(ptr %p), !dbg !28
  ret void
}

; No explanation for a parameter that does not escape.
; CHECK-NEXT: remark: xparam.c:16:21: r does not escape{{$}}
define i8 @peek(ptr %r) !dbg !30 {
    #dbg_value(ptr %r, !31, !DIExpression(), !32)
  %c = load i8, ptr %r, !dbg !33
  ret i8 %c, !dbg !33
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "xparam.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)

!20 = distinct !DISubprogram(name: "stash", scope: !1, file: !1, line: 8, type: !4, scopeLine: 8, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!21 = !DILocalVariable(name: "q", arg: 1, scope: !20, file: !1, line: 8, type: !6)
!22 = !DILocation(line: 8, column: 18, scope: !20)
!23 = !DILocation(line: 9, column: 8, scope: !20)
!25 = distinct !DISubprogram(name: "forward", scope: !1, file: !1, line: 12, type: !4, scopeLine: 12, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!26 = !DILocalVariable(name: "p", arg: 1, scope: !25, file: !1, line: 12, type: !6)
!27 = !DILocation(line: 12, column: 20, scope: !25)
!28 = !DILocation(line: 13, column: 3, scope: !25)
!30 = distinct !DISubprogram(name: "peek", scope: !1, file: !1, line: 16, type: !4, scopeLine: 16, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocalVariable(name: "r", arg: 1, scope: !30, file: !1, line: 16, type: !6)
!32 = !DILocation(line: 16, column: 21, scope: !30)
!33 = !DILocation(line: 17, column: 10, scope: !30)
