// Negative: a 4000-byte buffer per level of a 20000-level recursion. On the
// heap that is 80 MB of heap; on the stack it would overflow the 8 MB stack.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 20002 heap allocations
// CHECK: escape: exit 0, 20002 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned peek(const unsigned char *b) {
  return b[0] + b[3999];
}

static unsigned descend(int depth) {
  unsigned char *b = malloc(4000);
  memset(b, depth & 0xff, 4000);
  unsigned r = peek(b);
  if (depth > 0)
    r += descend(depth - 1);
  free(b);
  return r;
}

int main(void) {
  printf("%u\n", descend(20000));
  return 0;
}
