// aligned_alloc(64, 256): the promoted object keeps its 64-byte alignment.
// The check runs at run time: the pointer is offset by a volatile zero, so
// the compiler cannot fold the test with what it knows about the object,
// and it only compares addresses (a cast to an integer would make the
// pointer escape).
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 9 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

volatile int zero = 0;

__attribute__((noinline)) static double dot(const double *a, const double *b,
                                            int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += a[i] * b[i];
  return s;
}

static void round_(int r) {
  double *v = aligned_alloc(64, 256);
  for (int i = 0; i < 32; i++)
    v[i] = i * 0.5 + r;
  char *w = (char *)v + zero;
  int aligned = __builtin_align_down(w, 64) == w;
  printf("round %d: 64-byte aligned %d, dot %.1f\n", r, aligned, dot(v, v, 32));
  free(v);
}

int main(void) {
  for (int r = 0; r < 8; r++)
    round_(r);
  return 0;
}
