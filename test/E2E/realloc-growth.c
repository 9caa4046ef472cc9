// Negative: a buffer grown with realloc. realloc frees the old block, so
// the first allocation must stay on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 5 heap allocations
// CHECK: escape: exit 0, 5 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

// Not inlined, and n unknown: the compiler must not fold the growth away.
__attribute__((noinline)) static void squares(int n) {
  size_t cap = 4, len = 0;
  long *v = malloc(cap * sizeof *v);
  for (int i = 0; i < n; i++) {
    if (len == cap) {
      cap *= 2;
      v = realloc(v, cap * sizeof *v);
    }
    v[len++] = (long)i * i;
  }
  long sum = 0;
  for (size_t i = 0; i < len; i++)
    sum += v[i];
  printf("n=%d cap=%zu sum=%ld last=%ld\n", n, cap, sum, v[len - 1]);
  free(v);
}

volatile int small = 3, large = 9;

int main(void) {
  squares(small);
  squares(large);
  return 0;
}
