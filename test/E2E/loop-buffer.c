// A buffer allocated and freed in every iteration of a loop: promoted to
// one stack slot that every iteration reuses.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 1001 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static unsigned mix(const unsigned *v, int n) {
  unsigned h = 0;
  for (int i = 0; i < n; i++)
    h = h * 31 + v[i];
  return h;
}

int main(void) {
  unsigned acc = 0;
  for (int i = 0; i < 1000; i++) {
    unsigned *v = malloc(16 * sizeof *v);
    for (int j = 0; j < 16; j++)
      v[j] = (unsigned)(i * j);
    acc ^= mix(v, 16);
    free(v);
    if (i % 250 == 0)
      printf("%d: %u\n", i, acc);
  }
  printf("final %u\n", acc);
  return 0;
}
