// Negative: prev/cur pointers carried across iterations. Each buffer lives
// into the next iteration, so one reused stack slot would let cur overwrite
// prev.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 11 heap allocations
// CHECK: escape: exit 0, 11 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int diff(const int *a, const int *b, int n) {
  int d = 0;
  for (int i = 0; i < n; i++)
    d += b[i] - a[i];
  return d;
}

int main(void) {
  int *prev = NULL;
  for (int step = 0; step < 10; step++) {
    int *cur = malloc(8 * sizeof *cur);
    for (int i = 0; i < 8; i++)
      cur[i] = step * step + i;
    if (prev)
      printf("step %d: delta %d\n", step, diff(prev, cur, 8));
    free(prev);
    prev = cur;
  }
  free(prev);
  return 0;
}
