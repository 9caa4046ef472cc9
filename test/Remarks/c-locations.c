// Positions: a parameter's remark is at the parameter's name in its
// declaration, a local's at the local's name, an allocation's at the call.
// REMARKS.md: "at the position of the thing it talks about". The same
// positions are expected at -O0 and at -O2.
// RUN: %clang-escape -O0 -g -fno-caret-diagnostics -Wno-return-stack-address \
// RUN:   -Rpass=escape -Rpass-missed=escape -Rpass-analysis=escape \
// RUN:   -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --implicit-check-not=remark:
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Wno-return-stack-address \
// RUN:   -Rpass=escape -Rpass-missed=escape -Rpass-analysis=escape \
// RUN:   -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --implicit-check-not=remark:

#include <stdlib.h>

char *keep;

// CHECK: [[@LINE+2]]:25: remark: first does not escape
// CHECK: [[@LINE+1]]:43: remark: second does not escape
int add_both(const int *first, const int *second) { return *first + *second; }

// CHECK: [[@LINE+1]]:44: remark: leaking param: kept
void stash(int unused, long unused2, char *kept) { keep = kept; }

int *dangling(void) {
  int unused = 0;
  // CHECK: [[@LINE+1]]:7: remark: address of local local escapes its frame
  int local = unused + 1;
  return &local;
}

void publish(void) {
  // CHECK: [[@LINE+1]]:29: remark: malloc(16) escapes to heap
  char *a = 0, *b = 0, *c = malloc(16);
  keep = c;
  (void)a;
  (void)b;
}
