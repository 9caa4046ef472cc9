// Negative: the result of strchr points into a strdup'd copy and is
// returned; the copy outlives its function through that pointer.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Returns the value part of a copy of "key=value" (the copy leaks).
__attribute__((noinline)) static const char *value_of(const char *pair) {
  char *copy = strdup(pair);
  char *eq = strchr(copy, '=');
  return eq ? eq + 1 : "";
}

int main(void) {
  const char *pairs[] = {"user=ada", "shell=/bin/sh", "lang=C"};
  for (int i = 0; i < 3; i++) {
    const char *v = value_of(pairs[i]);
    clobber_stack();
    printf("%s\n", v);
  }
  return 0;
}
