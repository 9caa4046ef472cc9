// Negative: memcmp probes the bytes of a pointer one at a time and the
// caller rebuilds it from the answers. The result of a function that reads
// bytes (memcmp, strlen, ...) depends on them: the pointer counts as read
// as an integer, and the buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
unsigned char saved[sizeof(char *)];
size_t one = 1;
__attribute__((noinline)) static void stash(void) {
  char *p = malloc(32);
  strcpy(p, "found by memcmp");
  for (unsigned k = 0; k < sizeof p; k++)
    for (unsigned v = 0; v < 256; v++) {
      unsigned char c = (unsigned char)v;
      if (memcmp((unsigned char *)&p + k, &c, one) == 0) { saved[k] = c; break; }
    }
}
int main(void) {
  stash();
  clobber_stack();
  char *q;
  memcpy(&q, saved, sizeof q);
  printf("%s\n", q);
  free(q);
  return 0;
}
