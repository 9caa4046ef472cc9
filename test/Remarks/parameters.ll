; Parameter remarks: one fact per line, at the parameter's declaration (the
; position its debug record gives), named after its debug variable.
; RUN: %opt -passes=heap-to-stack -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

declare void @free(ptr)
declare void @opaque(ptr)

; only read through: nothing outlives the call.
; CHECK: remark: param.c:3:20: p does not escape{{$}}
define i32 @reads(ptr %p) !dbg !10 {
    #dbg_value(ptr %p, !11, !DIExpression(), !12)
  %v = load i32, ptr %p, !dbg !13
  ret i32 %v, !dbg !13
}

; stored into a global.
; CHECK: remark: param.c:7:18: leaking param: p{{$}}
define void @stash(ptr %p) !dbg !15 {
    #dbg_value(ptr %p, !16, !DIExpression(), !17)
  store ptr %p, ptr @keep, !dbg !18
  ret void
}

; handed to a function nothing is known about.
; CHECK: remark: param.c:11:23: leaking param: q{{$}}
define void @hand_over(ptr %q) !dbg !20 {
    #dbg_value(ptr %q, !21, !DIExpression(), !22)
  call void @opaque(ptr %q), !dbg !23
  ret void
}

; a pointer loaded from *pp reaches a global; pp itself does not.
; CHECK: remark: param.c:15:27: leaking param content: pp{{$}}
define void @stash_content(ptr %pp) !dbg !25 {
    #dbg_value(ptr %pp, !26, !DIExpression(), !27)
  %p = load ptr, ptr %pp, !dbg !28
  store ptr %p, ptr @keep, !dbg !28
  ret void
}

; returned as is: derefs 0.
; CHECK: remark: param.c:19:17: leaking param: s to result ~r0 level=0{{$}}
define ptr @identity(ptr %s) !dbg !30 {
    #dbg_value(ptr %s, !31, !DIExpression(), !32)
  ret ptr %s, !dbg !33
}

; a pointer into the same object is returned too: still derefs 0.
; CHECK: remark: param.c:23:23: leaking param: s to result ~r0 level=0{{$}}
define ptr @skip_first(ptr %s) !dbg !35 {
    #dbg_value(ptr %s, !36, !DIExpression(), !37)
  %t = getelementptr inbounds i8, ptr %s, i64 1, !dbg !38
  ret ptr %t, !dbg !38
}

; what *pp points to is returned: derefs 1.
; CHECK: remark: param.c:27:20: leaking param: pp to result ~r0 level=1{{$}}
define ptr @first(ptr %pp) !dbg !40 {
    #dbg_value(ptr %pp, !41, !DIExpression(), !42)
  %p = load ptr, ptr %pp, !dbg !43
  ret ptr %p, !dbg !43
}

; freed: C's own fact, which blocks promotion in callers.
; CHECK: remark: param.c:31:20: freeing param: p{{$}}
define void @release(ptr %p) !dbg !45 {
    #dbg_value(ptr %p, !46, !DIExpression(), !47)
  call void @free(ptr %p), !dbg !48
  ret void
}

; -O0 shape: the parameter lives in its p.addr slot, described by a
; declare record; the remark still names p at its declaration.
; CHECK: remark: param.c:35:24: leaking param: p{{$}}
define void @stash_O0(ptr %p) noinline optnone !dbg !50 {
  %p.addr = alloca ptr, align 8
  store ptr %p, ptr %p.addr, align 8
    #dbg_declare(ptr %p.addr, !51, !DIExpression(), !52)
  %v = load ptr, ptr %p.addr, align 8, !dbg !53
  store ptr %v, ptr @keep, align 8, !dbg !53
  ret void, !dbg !53
}

; each pointer parameter gets its own line; integers get none.
; CHECK: remark: param.c:39:22: a does not escape{{$}}
; CHECK: remark: param.c:39:37: b does not escape{{$}}
define i32 @two(ptr %a, i64 %n, ptr %b) !dbg !55 {
    #dbg_value(ptr %a, !56, !DIExpression(), !57)
    #dbg_value(ptr %b, !58, !DIExpression(), !59)
  %x = load i32, ptr %a, !dbg !60
  %y = load i32, ptr %b, !dbg !60
  %s = add i32 %x, %y, !dbg !60
  ret i32 %s, !dbg !60
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "param.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)

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
!35 = distinct !DISubprogram(name: "skip_first", scope: !1, file: !1, line: 23, type: !4, scopeLine: 23, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!36 = !DILocalVariable(name: "s", arg: 1, scope: !35, file: !1, line: 23, type: !6)
!37 = !DILocation(line: 23, column: 23, scope: !35)
!38 = !DILocation(line: 24, column: 3, scope: !35)
!40 = distinct !DISubprogram(name: "first", scope: !1, file: !1, line: 27, type: !4, scopeLine: 27, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!41 = !DILocalVariable(name: "pp", arg: 1, scope: !40, file: !1, line: 27, type: !6)
!42 = !DILocation(line: 27, column: 20, scope: !40)
!43 = !DILocation(line: 28, column: 3, scope: !40)
!45 = distinct !DISubprogram(name: "release", scope: !1, file: !1, line: 31, type: !4, scopeLine: 31, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!46 = !DILocalVariable(name: "p", arg: 1, scope: !45, file: !1, line: 31, type: !6)
!47 = !DILocation(line: 31, column: 20, scope: !45)
!48 = !DILocation(line: 32, column: 3, scope: !45)
!50 = distinct !DISubprogram(name: "stash_O0", scope: !1, file: !1, line: 35, type: !4, scopeLine: 35, spFlags: DISPFlagDefinition, unit: !0)
!51 = !DILocalVariable(name: "p", arg: 1, scope: !50, file: !1, line: 35, type: !6)
!52 = !DILocation(line: 35, column: 24, scope: !50)
!53 = !DILocation(line: 36, column: 8, scope: !50)
!55 = distinct !DISubprogram(name: "two", scope: !1, file: !1, line: 39, type: !4, scopeLine: 39, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!56 = !DILocalVariable(name: "a", arg: 1, scope: !55, file: !1, line: 39, type: !6)
!57 = !DILocation(line: 39, column: 22, scope: !55)
!58 = !DILocalVariable(name: "b", arg: 3, scope: !55, file: !1, line: 39, type: !6)
!59 = !DILocation(line: 39, column: 37, scope: !55)
!60 = !DILocation(line: 40, column: 3, scope: !55)
