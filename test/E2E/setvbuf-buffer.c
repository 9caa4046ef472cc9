// Negative: a buffer given to setvbuf becomes stdout's buffer for the rest
// of the program, long after the function that installed it returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 1 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void buffer_stdout(void) {
  char *buf = malloc(1024);
  setvbuf(stdout, buf, _IOFBF, 1024);
}

int main(void) {
  buffer_stdout();
  for (int i = 0; i < 5; i++) {
    printf("line %d of buffered output\n", i);
    clobber_stack();
  }
  return 0;
}
