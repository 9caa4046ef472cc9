// A 4000-byte buffer per iteration, 200000 iterations: 800 MB if each
// iteration had its own stack copy. Promotion must reuse one slot.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 200001 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned fold(const unsigned char *b,
                                               size_t n) {
  unsigned h = 0;
  for (size_t i = 0; i < n; i += 97)
    h = h * 131 + b[i];
  return h;
}

int main(void) {
  unsigned h = 0;
  for (int i = 0; i < 200000; i++) {
    unsigned char *b = malloc(4000);
    memset(b, i & 0xff, 4000);
    b[i % 4000] = 1;
    h ^= fold(b, 4000);
    free(b);
  }
  printf("%u\n", h);
  return 0;
}
