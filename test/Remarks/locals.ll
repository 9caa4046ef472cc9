; Address-taken locals: reported only when the address certainly outlives
; the frame (returned, stored in a global or through a parameter), at the
; variable's declaration. A local handed to a callee is normal C.
; RUN: %opt -passes=heap-to-stack -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

declare void @opaque(ptr)

; returned: a dangling pointer in the caller.
; CHECK: remark: local.c:4:7: address of local x escapes its frame{{$}}
define ptr @returned() !dbg !10 {
  %x = alloca i32, align 4
    #dbg_declare(ptr %x, !11, !DIExpression(), !12)
  store i32 1, ptr %x, !dbg !13
  ret ptr %x, !dbg !13
}

; stored into a global.
; CHECK: remark: local.c:10:7: address of local y escapes its frame{{$}}
define void @in_global() !dbg !15 {
  %y = alloca i32, align 4
    #dbg_declare(ptr %y, !16, !DIExpression(), !17)
  store i32 2, ptr %y, !dbg !18
  store ptr %y, ptr @keep, !dbg !18
  ret void
}

; stored through a parameter: the caller's memory keeps it (out itself
; does not escape).
; CHECK: remark: local.c:14:24: out does not escape{{$}}
; CHECK: remark: local.c:15:7: address of local z escapes its frame{{$}}
define void @through_param(ptr %out) !dbg !20 {
  %z = alloca i32, align 4
    #dbg_value(ptr %out, !24, !DIExpression(), !25)
    #dbg_declare(ptr %z, !21, !DIExpression(), !22)
  store i32 3, ptr %z, !dbg !23
  store ptr %z, ptr %out, !dbg !23
  ret void
}

; negative: passed to a callee; whether it keeps the address is its
; business, and nothing is printed.
define void @to_callee() !dbg !30 {
  %w = alloca i32, align 4
    #dbg_declare(ptr %w, !31, !DIExpression(), !32)
  store i32 4, ptr %w, !dbg !33
  call void @opaque(ptr %w), !dbg !33
  ret void
}

; negative: the address never leaves the frame.
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
!1 = !DIFile(filename: "local.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)

!10 = distinct !DISubprogram(name: "returned", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocalVariable(name: "x", scope: !10, file: !1, line: 4, type: !6)
!12 = !DILocation(line: 4, column: 7, scope: !10)
!13 = !DILocation(line: 5, column: 3, scope: !10)
!15 = distinct !DISubprogram(name: "in_global", scope: !1, file: !1, line: 9, type: !4, scopeLine: 9, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!16 = !DILocalVariable(name: "y", scope: !15, file: !1, line: 10, type: !6)
!17 = !DILocation(line: 10, column: 7, scope: !15)
!18 = !DILocation(line: 11, column: 8, scope: !15)
!20 = distinct !DISubprogram(name: "through_param", scope: !1, file: !1, line: 14, type: !4, scopeLine: 14, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!21 = !DILocalVariable(name: "z", scope: !20, file: !1, line: 15, type: !6)
!22 = !DILocation(line: 15, column: 7, scope: !20)
!23 = !DILocation(line: 16, column: 8, scope: !20)
!24 = !DILocalVariable(name: "out", arg: 1, scope: !20, file: !1, line: 14, type: !7)
!25 = !DILocation(line: 14, column: 24, scope: !20)
!30 = distinct !DISubprogram(name: "to_callee", scope: !1, file: !1, line: 20, type: !4, scopeLine: 20, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocalVariable(name: "w", scope: !30, file: !1, line: 21, type: !6)
!32 = !DILocation(line: 21, column: 7, scope: !30)
!33 = !DILocation(line: 22, column: 3, scope: !30)
!35 = distinct !DISubprogram(name: "stays", scope: !1, file: !1, line: 25, type: !4, scopeLine: 25, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!36 = !DILocalVariable(name: "v", scope: !35, file: !1, line: 26, type: !6)
!37 = !DILocation(line: 26, column: 7, scope: !35)
!38 = !DILocation(line: 27, column: 3, scope: !35)
