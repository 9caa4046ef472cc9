// Negative: the buffer leaves its function inside a struct returned by
// value (in registers).
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>

struct span {
  int *data;
  long len;
};

__attribute__((noinline)) static struct span range(int from, int to) {
  struct span s = {malloc(16 * sizeof(int)), 0};
  for (int i = from; i < to && s.len < 16; i++)
    s.data[s.len++] = i;
  return s;
}

int main(void) {
  for (int k = 1; k <= 3; k++) {
    struct span s = range(k, k * 5);
    clobber_stack();
    long sum = 0;
    for (long i = 0; i < s.len; i++)
      sum += s.data[i];
    printf("%ld values, sum %ld\n", s.len, sum);
    free(s.data);
  }
  return 0;
}
