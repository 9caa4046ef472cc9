// Negative: a pointer copied byte by byte into a global array, and
// reassembled from the bytes after its function returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char saved[2][sizeof(char *)];

__attribute__((noinline)) static void save(int i, const char *text) {
  char *copy = malloc(32);
  strcpy(copy, text);
  const unsigned char *bytes = (const unsigned char *)&copy;
  for (unsigned k = 0; k < sizeof copy; k++)
    saved[i][k] = bytes[k];
}

int main(void) {
  save(0, "saved as bytes");
  save(1, "and restored");
  clobber_stack();
  for (int i = 0; i < 2; i++) {
    char *p;
    unsigned char *bytes = (unsigned char *)&p;
    for (unsigned k = 0; k < sizeof p; k++)
      bytes[k] = saved[i][k];
    printf("%s\n", p);
    free(p);
  }
  return 0;
}
