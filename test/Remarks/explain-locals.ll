; -escape-explain for address-taken locals. REMARKS.md: nothing is printed
; for a local that stays in its frame, but -m=2 prints `x does not escape`
; for it; a dangling local's line ends with ':' and its flow starts at the
; address, Go's `flow: {heap} = &x:`, with no step from x to itself.
; RUN: %opt -passes=heap-to-stack -escape-explain -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

; CHECK:      remark: xlocal.c:4:7: address of local x escapes its frame:{{$}}
; CHECK-NEXT: remark: xlocal.c:4:7:   flow: {result} = &x:{{$}}
; CHECK-NEXT: remark: xlocal.c:4:7:     from {{.*}} (return) at xlocal.c:5:3{{$}}
define ptr @returned() !dbg !10 {
  %x = alloca i32, align 4
    #dbg_declare(ptr %x, !11, !DIExpression(), !12)
  store i32 1, ptr %x, !dbg !13
  ret ptr %x, !dbg !13
}

; CHECK-NEXT: remark: xlocal.c:10:7: address of local y escapes its frame:{{$}}
; CHECK-NEXT: remark: xlocal.c:10:7:   flow: {heap} = &y:{{$}}
; CHECK-NEXT: remark: xlocal.c:10:7:     from keep = &y (assign to global) at xlocal.c:11:8{{$}}
define void @in_global() !dbg !15 {
  %y = alloca i32, align 4
    #dbg_declare(ptr %y, !16, !DIExpression(), !17)
  store i32 2, ptr %y, !dbg !18
  store ptr %y, ptr @keep, !dbg !18
  ret void
}

; CHECK-NEXT: remark: xlocal.c:26:7: v does not escape{{$}}
define i32 @stays() !dbg !35 {
  %v = alloca i32, align 4
  %pv = alloca ptr, align 8
    #dbg_declare(ptr %v, !36, !DIExpression(), !37)
  store i32 5, ptr %v, !dbg !38
  store ptr %v, ptr %pv, !dbg !38
  %q = load ptr, ptr %pv, !dbg !38
  %r = load i32, ptr %q, !dbg !38
  ret i32 %r, !dbg !38
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "xlocal.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

!10 = distinct !DISubprogram(name: "returned", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocalVariable(name: "x", scope: !10, file: !1, line: 4, type: !6)
!12 = !DILocation(line: 4, column: 7, scope: !10)
!13 = !DILocation(line: 5, column: 3, scope: !10)
!15 = distinct !DISubprogram(name: "in_global", scope: !1, file: !1, line: 9, type: !4, scopeLine: 9, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!16 = !DILocalVariable(name: "y", scope: !15, file: !1, line: 10, type: !6)
!17 = !DILocation(line: 10, column: 7, scope: !15)
!18 = !DILocation(line: 11, column: 8, scope: !15)
!35 = distinct !DISubprogram(name: "stays", scope: !1, file: !1, line: 25, type: !4, scopeLine: 25, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!36 = !DILocalVariable(name: "v", scope: !35, file: !1, line: 26, type: !6)
!37 = !DILocation(line: 26, column: 7, scope: !35)
!38 = !DILocation(line: 27, column: 3, scope: !35)
