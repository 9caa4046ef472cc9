// Negative: a buffer returned to the caller, used after a call that
// overwrites the dead stack.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 6 heap allocations
// CHECK: escape: exit 0, 6 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>

// Not inlined: in main the buffer would not escape at all.
__attribute__((noinline)) static char *format_number(int n) {
  char *s = malloc(24);
  snprintf(s, 24, "<%d>", n);
  return s;
}

int main(void) {
  for (int i = 1; i < 100000; i *= 10) {
    char *s = format_number(i);
    clobber_stack();
    printf("%s\n", s);
    free(s);
  }
  return 0;
}
