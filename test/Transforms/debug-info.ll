; Debug info survives promotion: the variable that held the heap pointer now
; describes the slot's address, lifetime.start carries the allocation's
; location and lifetime.end the free's.
; RUN: %opt -passes=heap-to-stack -S < %s | FileCheck %s

; CHECK-LABEL: define i32 @f(
; CHECK-NEXT:    %p.stack = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.stack), !dbg [[MALLOC:![0-9]+]]
; CHECK-NEXT:    #dbg_value(ptr %p.stack, [[VAR:![0-9]+]], !DIExpression(), [[MALLOC]])
; CHECK-NEXT:    store i32 1, ptr %p.stack, align 4, !dbg
; CHECK-NEXT:    %v = load i32, ptr %p.stack, align 4, !dbg
; CHECK-NEXT:    call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.stack), !dbg [[FREE:![0-9]+]]
; CHECK-NEXT:    ret i32 %v, !dbg [[FREE]]
; CHECK-DAG:   [[MALLOC]] = !DILocation(line: 2, column: 12,
; CHECK-DAG:   [[VAR]] = !DILocalVariable(name: "p",
; CHECK-DAG:   [[FREE]] = !DILocation(line: 4, column: 3,

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.dbg.value(metadata, metadata, metadata)
define i32 @f() !dbg !5 {
  %p = call ptr @malloc(i64 16), !dbg !8
  call void @llvm.dbg.value(metadata ptr %p, metadata !9, metadata !DIExpression()), !dbg !8
  store i32 1, ptr %p, !dbg !10
  %v = load i32, ptr %p, !dbg !10
  call void @free(ptr %p), !dbg !11
  ret i32 %v, !dbg !11
}
!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "t", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 2, column: 12, scope: !5)
!9 = !DILocalVariable(name: "p", scope: !5, file: !1, line: 2, type: !12)
!10 = !DILocation(line: 3, column: 3, scope: !5)
!11 = !DILocation(line: 4, column: 3, scope: !5)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
