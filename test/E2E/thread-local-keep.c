// Negative: the buffer is kept in a thread-local variable and used after
// its function returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char *last_error;

__attribute__((noinline)) static void set_error(const char *what, int code) {
  char *msg = malloc(48);
  snprintf(msg, 48, "%s failed with %d", what, code);
  free(last_error);
  last_error = msg;
}

int main(void) {
  set_error("open", 2);
  clobber_stack();
  printf("%s\n", last_error);
  set_error("read", 5);
  clobber_stack();
  printf("%s\n", last_error);
  free(last_error);
  return 0;
}
