// Negative: recursion through a function pointer, 20000 levels deep, with
// a 4000-byte buffer per level. The call graph shows no cycle; promoted
// buffers would need 80 MB of stack.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 20002 heap allocations
// CHECK: escape: exit 0, 20002 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned level(int depth);

static unsigned (*volatile next)(int) = level;

__attribute__((noinline)) static unsigned peek(const unsigned char *b) {
  return b[0] + b[3999];
}

static unsigned level(int depth) {
  unsigned char *b = malloc(4000);
  memset(b, depth & 0xff, 4000);
  unsigned r = peek(b);
  if (depth > 0)
    r += next(depth - 1);
  free(b);
  return r;
}

int main(void) {
  printf("%u\n", next(20000));
  return 0;
}
