; The machine-readable form of parameter and local facts: Var names the
; variable, Derefs the level (0: the pointer itself, 1: what it points to),
; Result the result it flows to, Reason the first step to the heap.
; RUN: %opt -passes=heap-to-stack -disable-output \
; RUN:   -pass-remarks-output=%t.yaml < %s
; RUN: FileCheck %s < %t.yaml

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

declare void @free(ptr)
declare void @opaque(ptr)

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: ParamDoesNotEscape
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 3, Column: 20 }
; CHECK-NEXT:  Function: reads
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Var: p
; CHECK-NEXT:    - String: ' does not escape'
; CHECK-NEXT:  ...
define i32 @reads(ptr %p) !dbg !10 {
    #dbg_value(ptr %p, !11, !DIExpression(), !12)
  %v = load i32, ptr %p, !dbg !13
  ret i32 %v, !dbg !13
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LeakingParam
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 7, Column: 18 }
; CHECK-NEXT:  Function: stash
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'leaking param: '
; CHECK-NEXT:    - Var: p
; CHECK:         - Derefs: '0'
; CHECK-NEXT:    - Reason: assign to global
; CHECK-NEXT:  ...
define void @stash(ptr %p) !dbg !15 {
    #dbg_value(ptr %p, !16, !DIExpression(), !17)
  store ptr %p, ptr @keep, !dbg !18
  ret void
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LeakingParam
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 11, Column: 23 }
; CHECK-NEXT:  Function: hand_over
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'leaking param: '
; CHECK-NEXT:    - Var: q
; CHECK:         - Derefs: '0'
; CHECK-NEXT:    - Reason: unknown callee
; CHECK-NEXT:  ...
define void @hand_over(ptr %q) !dbg !20 {
    #dbg_value(ptr %q, !21, !DIExpression(), !22)
  call void @opaque(ptr %q), !dbg !23
  ret void
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LeakingParam
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 15, Column: 27 }
; CHECK-NEXT:  Function: stash_content
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'leaking param content: '
; CHECK-NEXT:    - Var: pp
; CHECK:         - Derefs: '1'
; CHECK-NEXT:    - Reason: assign to global
; CHECK-NEXT:  ...
define void @stash_content(ptr %pp) !dbg !25 {
    #dbg_value(ptr %pp, !26, !DIExpression(), !27)
  %p = load ptr, ptr %pp, !dbg !28
  store ptr %p, ptr @keep, !dbg !28
  ret void
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LeakingParam
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 19, Column: 17 }
; CHECK-NEXT:  Function: identity
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'leaking param: '
; CHECK-NEXT:    - Var: s
; CHECK-NEXT:    - String: ' to result '
; CHECK-NEXT:    - Result: '~r0'
; CHECK-NEXT:    - String: ' level='
; CHECK-NEXT:    - Derefs: '0'
; CHECK-NEXT:  ...
define ptr @identity(ptr %s) !dbg !30 {
    #dbg_value(ptr %s, !31, !DIExpression(), !32)
  ret ptr %s, !dbg !33
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LeakingParam
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 27, Column: 20 }
; CHECK-NEXT:  Function: first
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'leaking param: '
; CHECK-NEXT:    - Var: pp
; CHECK-NEXT:    - String: ' to result '
; CHECK-NEXT:    - Result: '~r0'
; CHECK-NEXT:    - String: ' level='
; CHECK-NEXT:    - Derefs: '1'
; CHECK-NEXT:  ...
define ptr @first(ptr %pp) !dbg !40 {
    #dbg_value(ptr %pp, !41, !DIExpression(), !42)
  %p = load ptr, ptr %pp, !dbg !43
  ret ptr %p, !dbg !43
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: FreeingParam
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 31, Column: 20 }
; CHECK-NEXT:  Function: release
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'freeing param: '
; CHECK-NEXT:    - Var: p
; CHECK-NEXT:  ...
define void @release(ptr %p) !dbg !45 {
    #dbg_value(ptr %p, !46, !DIExpression(), !47)
  call void @free(ptr %p), !dbg !48
  ret void
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LocalAddressEscapes
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 36, Column: 7 }
; CHECK-NEXT:  Function: dangling
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'address of local '
; CHECK-NEXT:    - Var: x
; CHECK-NEXT:    - String: ' escapes its frame'
; CHECK:         - Reason: return
; CHECK-NEXT:  ...
define ptr @dangling() !dbg !50 {
  %x = alloca i32, align 4
    #dbg_declare(ptr %x, !51, !DIExpression(), !52)
  store i32 1, ptr %x, !dbg !53
  ret ptr %x, !dbg !53
}

; CHECK-LABEL: --- !Analysis
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: LocalAddressEscapes
; CHECK-NEXT:  DebugLoc: { File: yparam.c, Line: 41, Column: 7 }
; CHECK-NEXT:  Function: published
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - String: 'address of local '
; CHECK-NEXT:    - Var: y
; CHECK-NEXT:    - String: ' escapes its frame'
; CHECK:         - Reason: assign to global
; CHECK-NEXT:  ...
define void @published() !dbg !55 {
  %y = alloca i32, align 4
    #dbg_declare(ptr %y, !56, !DIExpression(), !57)
  store ptr %y, ptr @keep, !dbg !58
  ret void
}

; CHECK-NOT: --- !

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "yparam.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

!10 = distinct !DISubprogram(name: "reads", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocalVariable(name: "p", arg: 1, scope: !10, file: !1, line: 3, type: !6)
!12 = !DILocation(line: 3, column: 20, scope: !10)
!13 = !DILocation(line: 4, column: 10, scope: !10)
!15 = distinct !DISubprogram(name: "stash", scope: !1, file: !1, line: 7, type: !4, scopeLine: 7, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!16 = !DILocalVariable(name: "p", arg: 1, scope: !15, file: !1, line: 7, type: !6)
!17 = !DILocation(line: 7, column: 18, scope: !15)
!18 = !DILocation(line: 8, column: 8, scope: !15)
!20 = distinct !DISubprogram(name: "hand_over", scope: !1, file: !1, line: 11, type: !4, scopeLine: 11, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!21 = !DILocalVariable(name: "q", arg: 1, scope: !20, file: !1, line: 11, type: !6)
!22 = !DILocation(line: 11, column: 23, scope: !20)
!23 = !DILocation(line: 12, column: 3, scope: !20)
!25 = distinct !DISubprogram(name: "stash_content", scope: !1, file: !1, line: 15, type: !4, scopeLine: 15, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!26 = !DILocalVariable(name: "pp", arg: 1, scope: !25, file: !1, line: 15, type: !6)
!27 = !DILocation(line: 15, column: 27, scope: !25)
!28 = !DILocation(line: 16, column: 8, scope: !25)
!30 = distinct !DISubprogram(name: "identity", scope: !1, file: !1, line: 19, type: !4, scopeLine: 19, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocalVariable(name: "s", arg: 1, scope: !30, file: !1, line: 19, type: !6)
!32 = !DILocation(line: 19, column: 17, scope: !30)
!33 = !DILocation(line: 20, column: 3, scope: !30)
!40 = distinct !DISubprogram(name: "first", scope: !1, file: !1, line: 27, type: !4, scopeLine: 27, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!41 = !DILocalVariable(name: "pp", arg: 1, scope: !40, file: !1, line: 27, type: !6)
!42 = !DILocation(line: 27, column: 20, scope: !40)
!43 = !DILocation(line: 28, column: 3, scope: !40)
!45 = distinct !DISubprogram(name: "release", scope: !1, file: !1, line: 31, type: !4, scopeLine: 31, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!46 = !DILocalVariable(name: "p", arg: 1, scope: !45, file: !1, line: 31, type: !6)
!47 = !DILocation(line: 31, column: 20, scope: !45)
!48 = !DILocation(line: 32, column: 3, scope: !45)
!50 = distinct !DISubprogram(name: "dangling", scope: !1, file: !1, line: 35, type: !4, scopeLine: 35, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!51 = !DILocalVariable(name: "x", scope: !50, file: !1, line: 36, type: !7)
!52 = !DILocation(line: 36, column: 7, scope: !50)
!53 = !DILocation(line: 37, column: 3, scope: !50)
!55 = distinct !DISubprogram(name: "published", scope: !1, file: !1, line: 40, type: !4, scopeLine: 40, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!56 = !DILocalVariable(name: "y", scope: !55, file: !1, line: 41, type: !7)
!57 = !DILocation(line: 41, column: 7, scope: !55)
!58 = !DILocation(line: 42, column: 8, scope: !55)
