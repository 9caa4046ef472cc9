// Negative: strtol stores a pointer into the parsed copy through endptr,
// and that pointer is handed back to the caller.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Parses the number at the start of a copy of text; *rest points after it.
__attribute__((noinline)) static long parse(const char *text, char **rest) {
  char *copy = malloc(32);
  strcpy(copy, text);
  return strtol(copy, rest, 10);
}

int main(void) {
  const char *inputs[] = {"42 apples", "-7 degrees", "1000000 ms"};
  for (int i = 0; i < 3; i++) {
    char *rest;
    long v = parse(inputs[i], &rest);
    clobber_stack();
    printf("%ld [%s]\n", v, rest);
  }
  return 0;
}
