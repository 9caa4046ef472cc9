// Negative: the buffer is handed back through an output parameter.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int make_label(int n, char **out) {
  char *s = malloc(16);
  int len = snprintf(s, 16, "label-%d", n);
  *out = s;
  return len;
}

int main(void) {
  for (int i = 5; i < 8; i++) {
    char *label;
    int len = make_label(i * 11, &label);
    clobber_stack();
    printf("%s (%d)\n", label, len);
    free(label);
  }
  return 0;
}
