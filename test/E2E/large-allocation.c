// Negative for the size policy: a 64 KiB scratch buffer does not escape
// but is larger than the 4096-byte limit, so it stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned sample(const unsigned char *b,
                                                 size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i < n; i += 4096)
    s += b[i];
  return s;
}

__attribute__((noinline)) static unsigned scratch(int fill) {
  unsigned char *b = malloc(65536);
  memset(b, fill, 65536);
  unsigned s = sample(b, 65536);
  free(b);
  return s;
}

int main(void) {
  for (int i = 1; i <= 3; i++)
    printf("%u\n", scratch(i));
  return 0;
}
