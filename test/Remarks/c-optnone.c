// -O0: every function is optnone, so nothing moves, but the analysis still
// reports: an allocation that does not escape says why it stays on the
// heap. An optnone function in an -O2 build says the same.
// RUN: %clang-escape -O0 -g -fno-caret-diagnostics -Rpass=escape \
// RUN:   -Rpass-missed=escape -Rpass-analysis=escape -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --check-prefixes=CHECK,O0 --implicit-check-not=remark:
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Rpass=escape \
// RUN:   -Rpass-missed=escape -Rpass-analysis=escape -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --check-prefixes=CHECK,O2 --implicit-check-not=remark:

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *keep;

__attribute__((optnone, noinline)) int always_optnone(int v) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(32) does not escape, but stays on heap: optnone function [-Rpass-missed=escape]
  char *p = malloc(32);
  snprintf(p, 32, "%d", v);
  int n = (int)strlen(p);
  free(p);
  return n;
}

int only_at_O0(int v) {
  // O0: [[@LINE+2]]:13: remark: malloc(32) does not escape, but stays on heap: optnone function [-Rpass-missed=escape]
  // O2: [[@LINE+1]]:13: remark: malloc(32) does not escape [-Rpass=escape]
  char *p = malloc(32);
  snprintf(p, 32, "%d", v);
  int n = (int)strlen(p);
  free(p);
  return n;
}

// Escaping is a fact of the program, not of the optimisation level.
void escapes(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(8) escapes to heap [-Rpass-missed=escape]
  char *p = malloc(8);
  keep = p;
}
