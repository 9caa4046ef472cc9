// The usual defensive shape: a null check after malloc, and a free guarded
// by another null check on one of two paths. Promoted.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 7 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int sum(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

static int work(int k) {
  int *v = malloc(8 * sizeof *v);
  if (!v)
    return -1;
  for (int i = 0; i < 8; i++)
    v[i] = i * k;
  int s = sum(v, 8);
  if (k % 2) {
    if (v)
      free(v);
    return s;
  }
  free(v);
  return -s;
}

int main(void) {
  for (int k = 0; k < 6; k++)
    printf("work(%d) = %d\n", k, work(k));
  return 0;
}
