// How allocation sites are named without the source text: the callee and
// its arguments, constants as numbers (sizeof folded), strings quoted, and
// variables by their debug names.
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Rpass=escape \
// RUN:   -Rpass-missed=escape -Rpass-analysis=escape -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --implicit-check-not=remark:

#include <stdlib.h>
#include <string.h>

struct pair {
  long a, b;
};

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: p does not escape [-Rpass-analysis=escape]
__attribute__((noinline)) int sum(const void *p, size_t n) {
  const char *c = p;
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += c[i];
  return s;
}

int by_type(void) {
  // CHECK: [[@LINE+1]]:20: remark: malloc(16) does not escape [-Rpass=escape]
  struct pair *p = malloc(sizeof *p);
  p->a = 1;
  p->b = 2;
  int s = sum(p, sizeof *p);
  free(p);
  return s;
}

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: name does not escape [-Rpass-analysis=escape]
int by_variable(size_t n, const char *name) {
  // CHECK: [[@LINE+1]]:13: remark: calloc(n, 4) does not escape, but stays on heap: non-constant size [-Rpass-missed=escape]
  char *z = calloc(n, 4);
  // CHECK: [[@LINE+1]]:13: remark: strdup(name) does not escape, but stays on heap: non-constant size [-Rpass-missed=escape]
  char *d = strdup(name);
  int s = sum(z, n * 4) + sum(d, strlen(d));
  free(z);
  free(d);
  return s;
}

int by_literal(void) {
  // CHECK: [[@LINE+1]]:13: remark: strdup("0123456789abcdefghijklmn...") does not escape [-Rpass=escape]
  char *d = strdup("0123456789abcdefghijklmnopqrstuvwxyz");
  int s = sum(d, 36);
  free(d);
  return s;
}
