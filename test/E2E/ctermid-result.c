// Negative: ctermid(buf) returns buf (POSIX), although LLVM's guess at its
// attributes says the argument is not captured. A declaration's pointer
// result may be any of its arguments: the buffer is returned, and stays on
// the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static char *terminal_name(void) {
  char *buf = malloc(L_ctermid);
  return ctermid(buf); /* POSIX: returns buf when buf is not NULL */
}

int main(void) {
  char *name = terminal_name();
  clobber_stack();
  printf("%s\n", name);
  free(name);
  return 0;
}
