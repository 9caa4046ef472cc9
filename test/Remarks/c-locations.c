// Positions: a parameter's remark is at the parameter's name in its
// declaration, a local's at the local's name, an allocation's at the call.
// REMARKS.md: "at the position of the thing it talks about". At -O2,
// clang's assignment tracking leaves variable records with line-0
// locations and a DILocalVariable has no column, so for parameters and
// locals the pass knows only the line (the Clang plugin is where columns
// will come from); allocations keep their full position.
// RUN: %clang-escape -O0 -g -fno-caret-diagnostics -Wno-return-stack-address \
// RUN:   -Rpass=escape -Rpass-missed=escape -Rpass-analysis=escape \
// RUN:   -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --check-prefixes=CHECK,O0 --implicit-check-not=remark:
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Wno-return-stack-address \
// RUN:   -Rpass=escape -Rpass-missed=escape -Rpass-analysis=escape \
// RUN:   -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --check-prefixes=CHECK,O2 --implicit-check-not=remark:

#include <stdlib.h>

char *keep;

// O0: [[@LINE+4]]:25: remark: first does not escape
// O0: [[@LINE+3]]:43: remark: second does not escape
// O2: [[@LINE+2]]:{{[0-9]+}}: remark: first does not escape
// O2: [[@LINE+1]]:{{[0-9]+}}: remark: second does not escape
int add_both(const int *first, const int *second) { return *first + *second; }

// O0: [[@LINE+2]]:44: remark: leaking param: kept
// O2: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: kept
void stash(int unused, long unused2, char *kept) { keep = kept; }

int *dangling(void) {
  int unused = 0;
  // O0: [[@LINE+2]]:7: remark: address of local local escapes its frame
  // O2: [[@LINE+1]]:{{[0-9]+}}: remark: address of local local escapes its frame
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
