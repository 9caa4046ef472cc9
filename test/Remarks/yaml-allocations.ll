; The machine-readable form of allocation decisions: pass name, remark
; name, position and the structured arguments (Callee, Size, Reason,
; Limit) that -pass-remarks-output keeps.
; RUN: %opt -passes=heap-to-stack -disable-output \
; RUN:   -pass-remarks-output=%t.yaml < %s
; RUN: FileCheck %s < %t.yaml

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null
@abc = private constant [4 x i8] c"abc\00"

declare ptr @malloc(i64)
declare ptr @calloc(i64, i64)
declare ptr @aligned_alloc(i64, i64)
declare ptr @strdup(ptr)
declare void @free(ptr)
declare void @read(ptr nocapture readonly) nofree nounwind

; CHECK-LABEL: --- !Passed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: DoesNotEscape
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 4, Column: 12 }
; CHECK-NEXT:  Function: promoted
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: malloc
; CHECK-NOT:   Reason:
; CHECK:         - Size: '64'
; CHECK-NEXT:  ...
define void @promoted() !dbg !10 {
  %p = call ptr @malloc(i64 64), !dbg !11
  call void @read(ptr %p), !dbg !11
  call void @free(ptr %p), !dbg !11
  ret void
}

; CHECK-LABEL: --- !Passed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: DoesNotEscape
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 9, Column: 12 }
; CHECK-NEXT:  Function: zeroed
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: calloc
; CHECK:         - Size: '32'
; CHECK-NEXT:  ...
define void @zeroed() !dbg !15 {
  %p = call ptr @calloc(i64 4, i64 8), !dbg !16
  call void @read(ptr %p), !dbg !16
  call void @free(ptr %p), !dbg !16
  ret void
}

; CHECK-LABEL: --- !Passed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: DoesNotEscape
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 14, Column: 12 }
; CHECK-NEXT:  Function: aligned
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: aligned_alloc
; CHECK:         - Size: '256'
; CHECK-NEXT:  ...
define void @aligned() !dbg !20 {
  %p = call ptr @aligned_alloc(i64 64, i64 256), !dbg !21
  call void @read(ptr %p), !dbg !21
  call void @free(ptr %p), !dbg !21
  ret void
}

; CHECK-LABEL: --- !Passed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: DoesNotEscape
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 19, Column: 12 }
; CHECK-NEXT:  Function: duplicated
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: strdup
; CHECK:         - Size: '4'
; CHECK-NEXT:  ...
define void @duplicated() !dbg !25 {
  %p = call ptr @strdup(ptr @abc), !dbg !26
  call void @read(ptr %p), !dbg !26
  call void @free(ptr %p), !dbg !26
  ret void
}

; CHECK-LABEL: --- !Missed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: EscapesToHeap
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 24, Column: 12 }
; CHECK-NEXT:  Function: escapes
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: malloc
; CHECK:         - Reason: assign to global
; CHECK-NEXT:    - Size: '16'
; CHECK-NEXT:  ...
define void @escapes() !dbg !30 {
  %p = call ptr @malloc(i64 16), !dbg !31
  store ptr %p, ptr @keep, !dbg !31
  ret void
}

; CHECK-LABEL: --- !Missed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: EscapesToHeap
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 29, Column: 12 }
; CHECK-NEXT:  Function: returns
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: malloc
; CHECK:         - Reason: return
; CHECK-NEXT:    - Size: '24'
; CHECK-NEXT:  ...
define ptr @returns() !dbg !35 {
  %p = call ptr @malloc(i64 24), !dbg !36
  ret ptr %p, !dbg !36
}

; CHECK-LABEL: --- !Missed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: StaysOnHeap
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 34, Column: 12 }
; CHECK-NEXT:  Function: large
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: malloc
; CHECK:         - Reason: too large for stack
; CHECK:         - Size: '5000'
; CHECK:         - Limit: '4096'
; CHECK:       ...
define void @large() !dbg !40 {
  %p = call ptr @malloc(i64 5000), !dbg !41
  call void @read(ptr %p), !dbg !41
  call void @free(ptr %p), !dbg !41
  ret void
}

; No Size for a size only known at run time.
; CHECK-LABEL: --- !Missed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: StaysOnHeap
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 39, Column: 12 }
; CHECK-NEXT:  Function: variable
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: malloc
; CHECK-NOT:   Size:
; CHECK:         - Reason: non-constant size
; CHECK-NOT:   Size:
; CHECK:       ...
define void @variable(i64 %n) !dbg !45 {
  %p = call ptr @malloc(i64 %n), !dbg !46
  call void @read(ptr %p), !dbg !46
  call void @free(ptr %p), !dbg !46
  ret void
}

; CHECK-LABEL: --- !Missed
; CHECK-NEXT:  Pass: escape
; CHECK-NEXT:  Name: StaysOnHeap
; CHECK-NEXT:  DebugLoc: { File: yaml.c, Line: 45, Column: 14 }
; CHECK-NEXT:  Function: loop
; CHECK-NEXT:  Args:
; CHECK-NEXT:    - Callee: malloc
; CHECK:         - Reason: allocated in a loop and outlives its iteration
; CHECK-NEXT:    - Size: '8'
; CHECK-NEXT:  ...
define void @loop(i64 %n) !dbg !50 {
entry:
  br label %body

body:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %p = call ptr @malloc(i64 8), !dbg !51
  call void @read(ptr %p), !dbg !51
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %body

exit:
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "yaml.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}

!10 = distinct !DISubprogram(name: "promoted", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocation(line: 4, column: 12, scope: !10)
!15 = distinct !DISubprogram(name: "zeroed", scope: !1, file: !1, line: 8, type: !4, scopeLine: 8, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!16 = !DILocation(line: 9, column: 12, scope: !15)
!20 = distinct !DISubprogram(name: "aligned", scope: !1, file: !1, line: 13, type: !4, scopeLine: 13, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!21 = !DILocation(line: 14, column: 12, scope: !20)
!25 = distinct !DISubprogram(name: "duplicated", scope: !1, file: !1, line: 18, type: !4, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!26 = !DILocation(line: 19, column: 12, scope: !25)
!30 = distinct !DISubprogram(name: "escapes", scope: !1, file: !1, line: 23, type: !4, scopeLine: 23, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocation(line: 24, column: 12, scope: !30)
!35 = distinct !DISubprogram(name: "returns", scope: !1, file: !1, line: 28, type: !4, scopeLine: 28, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!36 = !DILocation(line: 29, column: 12, scope: !35)
!40 = distinct !DISubprogram(name: "large", scope: !1, file: !1, line: 33, type: !4, scopeLine: 33, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!41 = !DILocation(line: 34, column: 12, scope: !40)
!45 = distinct !DISubprogram(name: "variable", scope: !1, file: !1, line: 38, type: !4, scopeLine: 38, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!46 = !DILocation(line: 39, column: 12, scope: !45)
!50 = distinct !DISubprogram(name: "loop", scope: !1, file: !1, line: 43, type: !4, scopeLine: 43, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!51 = !DILocation(line: 45, column: 14, scope: !50)
