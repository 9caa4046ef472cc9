// -mllvm -escape-explain (Go's -m=2) from clang -O2: each explained line
// ends with ':' and is followed by its flow, one `flow:` line per step and
// a `from` line giving the statement, the reason and the position, in the
// shape of REMARKS.md. (c-locations.c pins parameter columns.) Clang 19
// parses -mllvm before it loads -fpass-plugin, hence -Xclang -load.
// RUN: %clang-escape -Xclang -load -Xclang %plugin -mllvm -escape-explain \
// RUN:   -O2 -g -fno-caret-diagnostics -Rpass=escape -Rpass-missed=escape \
// RUN:   -Rpass-analysis=escape -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=remark:

#include <stdlib.h>

char *keep;
int count;

// CHECK:      [[@LINE+3]]:{{[0-9]+}}: remark: leaking param: q: [-Rpass-analysis=escape]
// CHECK-NEXT: [[@LINE+2]]:{{[0-9]+}}: remark:   flow: {heap} = q: [-Rpass-analysis=escape]
// CHECK-NEXT: [[@LINE+1]]:{{[0-9]+}}: remark:     from keep = q (assign to global) at {{.*}}c-explain.c:[[@LINE+3]]:8 [-Rpass-analysis=escape]
__attribute__((noinline)) void stash(char *q) {
  count++;
  keep = q;
}

// CHECK-NEXT: [[@LINE+3]]:{{[0-9]+}}: remark: leaking param: p: [-Rpass-analysis=escape]
// CHECK-NEXT: [[@LINE+2]]:{{[0-9]+}}: remark:   flow: {heap} = p: [-Rpass-analysis=escape]
// CHECK-NEXT: [[@LINE+1]]:{{[0-9]+}}: remark:     from stash(p) (call parameter) at {{.*}}c-explain.c:[[@LINE+2]]:3 [-Rpass-analysis=escape]
void forward(char *p) {
  stash(p);
  count++;
}

// CHECK-NEXT: [[@LINE+1]]:{{[0-9]+}}: remark: c does not escape [-Rpass-analysis=escape]
__attribute__((noinline)) int peek(const char *c) {
  count++;
  return *c;
}

void publish(void) {
  // CHECK-NEXT: [[@LINE+3]]:13: remark: malloc(16) escapes to heap: [-Rpass-missed=escape]
  // CHECK-NEXT: [[@LINE+2]]:13: remark:   flow: {heap} = p: [-Rpass-missed=escape]
  // CHECK-NEXT: [[@LINE+1]]:13: remark:     from keep = p (assign to global) at {{.*}}c-explain.c:[[@LINE+2]]:8 [-Rpass-missed=escape]
  char *p = malloc(16);
  keep = p;
}

// A decision with nothing to explain has no ':' and no flow.
int local(void) {
  // CHECK-NEXT: [[@LINE+1]]:13: remark: malloc(16) does not escape [-Rpass=escape]
  char *b = malloc(16);
  b[0] = 'x';
  int r = peek(b);
  free(b);
  return r;
}
