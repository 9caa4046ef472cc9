; Allocation remarks: one line per allocation site, at the call's
; line:column, in the words of REMARKS.md.
; RUN: %opt -passes=heap-to-stack -disable-output \
; RUN:   -pass-remarks=escape -pass-remarks-missed=escape \
; RUN:   -pass-remarks-analysis=escape < %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=remark:

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@keep = global ptr null

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @read(ptr nocapture readonly) nofree nounwind

; positive: used and freed locally.
; CHECK: remark: alloc.c:4:12: malloc(64) does not escape{{$}}
define void @local() !dbg !10 {
  %p = call ptr @malloc(i64 64), !dbg !11
  call void @read(ptr %p), !dbg !12
  call void @free(ptr %p), !dbg !12
  ret void
}

; negative: stored into a global.
; CHECK: remark: alloc.c:9:13: malloc(16) escapes to heap{{$}}
define void @global() !dbg !20 {
  %p = call ptr @malloc(i64 16), !dbg !21
  store ptr %p, ptr @keep, !dbg !22
  ret void
}

; negative: returned to the caller.
; CHECK: remark: alloc.c:14:10: malloc(8) escapes to heap{{$}}
define ptr @returned() !dbg !25 {
  %p = call ptr @malloc(i64 8), !dbg !26
  ret ptr %p, !dbg !26
}

; size policy: larger than -escape-max-object-size.
; CHECK: remark: alloc.c:19:15: malloc(8192) does not escape, but stays on heap: too large for stack (8192 > 4096 bytes){{$}}
define void @too_large() !dbg !30 {
  %p = call ptr @malloc(i64 8192), !dbg !31
  call void @read(ptr %p), !dbg !31
  call void @free(ptr %p), !dbg !31
  ret void
}

; size policy: the size is only known at run time.
; CHECK: remark: alloc.c:24:15: malloc(n) does not escape, but stays on heap: non-constant size{{$}}
define void @non_constant(i64 %n) !dbg !35 {
    #dbg_value(i64 %n, !37, !DIExpression(), !38)
  %p = call ptr @malloc(i64 %n), !dbg !36
  call void @read(ptr %p), !dbg !36
  call void @free(ptr %p), !dbg !36
  ret void
}

; size policy: malloc(0) may return NULL or a unique pointer.
; CHECK: remark: alloc.c:29:15: malloc(0) does not escape, but stays on heap: zero-size allocation{{$}}
define void @zero() !dbg !40 {
  %p = call ptr @malloc(i64 0), !dbg !41
  call void @read(ptr %p), !dbg !41
  call void @free(ptr %p), !dbg !41
  ret void
}

; loop rule: the previous iteration's object is still alive (freed one
; iteration later through a phi).
; CHECK: remark: alloc.c:36:17: malloc(32) does not escape, but stays on heap: allocated in a loop and outlives its iteration{{$}}
define void @in_loop(i64 %n) !dbg !45 {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %prev = phi ptr [ null, %entry ], [ %cur, %loop ]
  %cur = call ptr @malloc(i64 32), !dbg !46
  call void @read(ptr %cur), !dbg !46
  call void @free(ptr %prev), !dbg !46
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  call void @free(ptr %cur), !dbg !46
  ret void
}

; loop rule, positive: freed before the next iteration.
; CHECK: remark: alloc.c:43:17: malloc(32) does not escape{{$}}
define void @loop_freed(i64 %n) !dbg !50 {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %cur = call ptr @malloc(i64 32), !dbg !51
  call void @read(ptr %cur), !dbg !51
  call void @free(ptr %cur), !dbg !51
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

; function policy: every activation of a recursive function would keep its
; own copy on the stack.
; CHECK: remark: alloc.c:50:15: malloc(16) does not escape, but stays on heap: recursive function{{$}}
define void @recursive(i64 %n) !dbg !55 {
entry:
  %p = call ptr @malloc(i64 16), !dbg !56
  call void @read(ptr %p), !dbg !56
  %stop = icmp eq i64 %n, 0
  br i1 %stop, label %done, label %again

again:
  %m = sub i64 %n, 1
  call void @recursive(i64 %m), !dbg !56
  br label %done

done:
  call void @free(ptr %p), !dbg !56
  ret void
}

; function policy: -O0 code is never transformed.
; CHECK: remark: alloc.c:55:15: malloc(16) does not escape, but stays on heap: optnone function{{$}}
define void @at_O0() noinline optnone !dbg !60 {
  %p = call ptr @malloc(i64 16), !dbg !61
  call void @read(ptr %p), !dbg !61
  call void @free(ptr %p), !dbg !61
  ret void
}

; frame budget: four 4096-byte objects fill the default 16384 bytes, the
; fifth stays on the heap.
; CHECK: remark: alloc.c:60:15: malloc(4096) does not escape{{$}}
; CHECK: remark: alloc.c:61:15: malloc(4096) does not escape{{$}}
; CHECK: remark: alloc.c:62:15: malloc(4096) does not escape{{$}}
; CHECK: remark: alloc.c:63:15: malloc(4096) does not escape{{$}}
; CHECK: remark: alloc.c:64:15: malloc(4096) does not escape, but stays on heap: frame stack budget exhausted
define void @budget() !dbg !65 {
  %a = call ptr @malloc(i64 4096), !dbg !66
  %b = call ptr @malloc(i64 4096), !dbg !67
  %c = call ptr @malloc(i64 4096), !dbg !68
  %d = call ptr @malloc(i64 4096), !dbg !69
  %e = call ptr @malloc(i64 4096), !dbg !70
  call void @read(ptr %a), !dbg !66
  call void @read(ptr %b), !dbg !67
  call void @read(ptr %c), !dbg !68
  call void @read(ptr %d), !dbg !69
  call void @read(ptr %e), !dbg !70
  call void @free(ptr %a), !dbg !66
  call void @free(ptr %b), !dbg !67
  call void @free(ptr %c), !dbg !68
  call void @free(ptr %d), !dbg !69
  call void @free(ptr %e), !dbg !70
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "hand-written", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "alloc.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!6 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)

!10 = distinct !DISubprogram(name: "local", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocation(line: 4, column: 12, scope: !10)
!12 = !DILocation(line: 5, column: 3, scope: !10)
!20 = distinct !DISubprogram(name: "global", scope: !1, file: !1, line: 8, type: !4, scopeLine: 8, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!21 = !DILocation(line: 9, column: 13, scope: !20)
!22 = !DILocation(line: 10, column: 8, scope: !20)
!25 = distinct !DISubprogram(name: "returned", scope: !1, file: !1, line: 13, type: !4, scopeLine: 13, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!26 = !DILocation(line: 14, column: 10, scope: !25)
!30 = distinct !DISubprogram(name: "too_large", scope: !1, file: !1, line: 18, type: !4, scopeLine: 18, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!31 = !DILocation(line: 19, column: 15, scope: !30)
!35 = distinct !DISubprogram(name: "non_constant", scope: !1, file: !1, line: 23, type: !4, scopeLine: 23, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !39)
!36 = !DILocation(line: 24, column: 15, scope: !35)
!37 = !DILocalVariable(name: "n", arg: 1, scope: !35, file: !1, line: 23, type: !6)
!38 = !DILocation(line: 23, column: 26, scope: !35)
!39 = !{!37}
!40 = distinct !DISubprogram(name: "zero", scope: !1, file: !1, line: 28, type: !4, scopeLine: 28, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!41 = !DILocation(line: 29, column: 15, scope: !40)
!45 = distinct !DISubprogram(name: "in_loop", scope: !1, file: !1, line: 33, type: !4, scopeLine: 33, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!46 = !DILocation(line: 36, column: 17, scope: !45)
!50 = distinct !DISubprogram(name: "loop_freed", scope: !1, file: !1, line: 41, type: !4, scopeLine: 41, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!51 = !DILocation(line: 43, column: 17, scope: !50)
!55 = distinct !DISubprogram(name: "recursive", scope: !1, file: !1, line: 48, type: !4, scopeLine: 48, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!56 = !DILocation(line: 50, column: 15, scope: !55)
!60 = distinct !DISubprogram(name: "at_O0", scope: !1, file: !1, line: 54, type: !4, scopeLine: 54, spFlags: DISPFlagDefinition, unit: !0)
!61 = !DILocation(line: 55, column: 15, scope: !60)
!65 = distinct !DISubprogram(name: "budget", scope: !1, file: !1, line: 59, type: !4, scopeLine: 59, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!66 = !DILocation(line: 60, column: 15, scope: !65)
!67 = !DILocation(line: 61, column: 15, scope: !65)
!68 = !DILocation(line: 62, column: 15, scope: !65)
!69 = !DILocation(line: 63, column: 15, scope: !65)
!70 = !DILocation(line: 64, column: 15, scope: !65)
