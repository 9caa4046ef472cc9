// Every allocation line of REMARKS.md level 1, from clang -O2, at the
// line:column of the allocation call.
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Rpass=escape \
// RUN:   -Rpass-missed=escape -Rpass-analysis=escape -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --implicit-check-not=remark:

#include <stdlib.h>
#include <string.h>

char *keep;

// The reader every allocation is handed to: it reads, keeps nothing. (The
// column of parameter remarks is checked in c-locations.c.)
// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: p does not escape [-Rpass-analysis=escape]
__attribute__((noinline)) int sum(const char *p, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

int promoted(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(64) does not escape [-Rpass=escape]
  char *p = malloc(64);
  memcpy(p, "abcdefgh", 8);
  int s = sum(p, 8);
  free(p);
  return s;
}

void escapes(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(16) escapes to heap [-Rpass-missed=escape]
  char *p = malloc(16);
  keep = p;
}

char *returned(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(32) escapes to heap [-Rpass-missed=escape]
  char *p = malloc(32);
  p[0] = 0;
  return p;
}

int too_large(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(1048576) does not escape, but stays on heap: too large for stack (1048576 > 4096 bytes) [-Rpass-missed=escape]
  char *p = malloc(1 << 20);
  p[0] = 1;
  int s = sum(p, 1);
  free(p);
  return s;
}

int non_constant(size_t n) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(n) does not escape, but stays on heap: non-constant size [-Rpass-missed=escape]
  char *p = malloc(n);
  p[0] = 1;
  int s = sum(p, 1);
  free(p);
  return s;
}

int zero_size(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(0) does not escape, but stays on heap: zero-size allocation [-Rpass-missed=escape]
  char *p = malloc(0);
  int s = sum(p, 0);
  free(p);
  return s;
}

int in_loop(int n) {
  char *prev = NULL;
  int s = 0;
  for (int i = 0; i < n; i++) {
    // CHECK: [[@LINE+1]]:17: remark: malloc(16) does not escape, but stays on heap: allocated in a loop and outlives its iteration [-Rpass-missed=escape]
    char *cur = malloc(16);
    cur[0] = (char)i;
    if (prev)
      s += sum(prev, 1);
    free(prev);
    prev = cur;
  }
  free(prev);
  return s;
}

int per_iteration(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    // CHECK: [[@LINE+1]]:17: remark: malloc(16) does not escape [-Rpass=escape]
    char *buf = malloc(16);
    buf[0] = (char)i;
    s += sum(buf, 1);
    free(buf);
  }
  return s;
}

int recursive(int depth) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(16) does not escape, but stays on heap: recursive function [-Rpass-missed=escape]
  char *p = malloc(16);
  p[0] = (char)depth;
  int s = sum(p, 1);
  free(p);
  if (depth > 0)
    s += recursive(depth - 1) + recursive(depth - 2);
  return s;
}

int budget(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(4096) does not escape [-Rpass=escape]
  char *a = malloc(4096);
  // CHECK: [[@LINE+1]]:13: remark: malloc(4096) does not escape [-Rpass=escape]
  char *b = malloc(4096);
  // CHECK: [[@LINE+1]]:13: remark: malloc(4096) does not escape [-Rpass=escape]
  char *c = malloc(4096);
  // CHECK: [[@LINE+1]]:13: remark: malloc(4096) does not escape [-Rpass=escape]
  char *d = malloc(4096);
  // CHECK: [[@LINE+1]]:13: remark: malloc(4096) does not escape, but stays on heap: frame stack budget exhausted
  char *e = malloc(4096);
  a[0] = b[0] = c[0] = d[0] = e[0] = 1;
  int s = sum(a, 1) + sum(b, 1) + sum(c, 1) + sum(d, 1) + sum(e, 1);
  free(a);
  free(b);
  free(c);
  free(d);
  free(e);
  return s;
}

int other_allocators(void) {
  // CHECK: [[@LINE+1]]:12: remark: calloc(8, 4) does not escape [-Rpass=escape]
  int *z = calloc(8, 4);
  // CHECK: [[@LINE+1]]:13: remark: aligned_alloc(64, 256) does not escape [-Rpass=escape]
  char *a = aligned_alloc(64, 256);
  // CHECK: [[@LINE+1]]:13: remark: strdup("hello") does not escape [-Rpass=escape]
  char *d = strdup("hello");
  a[0] = 1;
  int s = sum((const char *)z, 32) + sum(a, 1) + sum(d, 5);
  free(z);
  free(a);
  free(d);
  return s;
}
