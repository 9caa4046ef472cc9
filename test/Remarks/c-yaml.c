// clang -fsave-optimization-record: the decisions as YAML, with the remark
// names and structured arguments (Callee, Size, Reason, Limit, Var, Derefs,
// Result) that tools read.
// RUN: %clang-escape -O2 -g -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.yaml \
// RUN:   -foptimization-record-passes=escape -c %s -o /dev/null
// RUN: FileCheck %s < %t.yaml

#include <stdlib.h>
#include <string.h>

char *keep;

// CHECK:       --- !Analysis
// CHECK-NEXT:  Pass: escape
// CHECK-NEXT:  Name: ParamDoesNotEscape
// CHECK-NEXT:  DebugLoc: { File: {{'?.*}}c-yaml.c{{'?}}, Line: [[@LINE+5]], Column: {{[0-9]+}} }
// CHECK-NEXT:  Function: sum
// CHECK-NEXT:  Args:
// CHECK-NEXT:    - Var: p
// CHECK-NEXT:    - String: ' does not escape'
__attribute__((noinline)) int sum(const char *p, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

// CHECK: --- !Analysis
// CHECK-NEXT:  Pass: escape
// CHECK-NEXT:  Name: LeakingParam
// CHECK-NEXT:  DebugLoc: { File: {{'?.*}}c-yaml.c{{'?}}, Line: [[@LINE+9]], Column: {{[0-9]+}} }
// CHECK-NEXT:  Function: first
// CHECK-NEXT:  Args:
// CHECK-NEXT:    - String: 'leaking param: '
// CHECK-NEXT:    - Var: pp
// CHECK-NEXT:    - String: ' to result '
// CHECK-NEXT:    - Result: '~r0'
// CHECK-NEXT:    - String: ' level='
// CHECK-NEXT:    - Derefs: '1'
char *first(char **pp) { return *pp; }

int promoted(void) {
  // CHECK: --- !Passed
  // CHECK-NEXT:  Pass: escape
  // CHECK-NEXT:  Name: DoesNotEscape
  // CHECK-NEXT:  DebugLoc: { File: {{'?.*}}c-yaml.c{{'?}}, Line: [[@LINE+6]], Column: 13 }
  // CHECK-NEXT:  Function: promoted
  // CHECK-NEXT:  Args:
  // CHECK-NEXT:    - Callee: malloc
  // CHECK:         - Size: '64'
  // CHECK-NEXT:  ...
  char *p = malloc(64);
  strcpy(p, "abc");
  int s = sum(p, 3);
  free(p);
  return s;
}

int large(void) {
  // CHECK: --- !Missed
  // CHECK-NEXT:  Pass: escape
  // CHECK-NEXT:  Name: StaysOnHeap
  // CHECK-NEXT:  DebugLoc: { File: {{'?.*}}c-yaml.c{{'?}}, Line: [[@LINE+7]], Column: 13 }
  // CHECK-NEXT:  Function: large
  // CHECK-NEXT:  Args:
  // CHECK-NEXT:    - Callee: malloc
  // CHECK:         - Reason: too large for stack
  // CHECK:         - Size: '8192'
  // CHECK:         - Limit: '4096'
  char *p = malloc(8192);
  strcpy(p, "abc");
  int s = sum(p, 3);
  free(p);
  return s;
}

void escapes(void) {
  // CHECK: --- !Missed
  // CHECK-NEXT:  Pass: escape
  // CHECK-NEXT:  Name: EscapesToHeap
  // CHECK-NEXT:  DebugLoc: { File: {{'?.*}}c-yaml.c{{'?}}, Line: [[@LINE+6]], Column: 13 }
  // CHECK-NEXT:  Function: escapes
  // CHECK-NEXT:  Args:
  // CHECK-NEXT:    - Callee: strdup
  // CHECK:         - Reason: assign to global
  // CHECK-NEXT:    - Size: '4'
  char *p = strdup("abc");
  keep = p;
}
