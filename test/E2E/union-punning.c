// Negative: the pointer is stored as an integer, through a union, into a
// global, and turned back into a pointer after its function returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

union handle {
  char *ptr;
  uintptr_t bits;
};

static uintptr_t handles[3];

__attribute__((noinline)) static void open_handle(int i, const char *name) {
  union handle h;
  h.ptr = malloc(32);
  strcpy(h.ptr, name);
  handles[i] = h.bits;
}

int main(void) {
  open_handle(0, "stdin");
  open_handle(1, "stdout");
  open_handle(2, "stderr");
  clobber_stack();
  for (int i = 0; i < 3; i++) {
    union handle h;
    h.bits = handles[i];
    printf("%d: %s\n", i, h.ptr);
    free(h.ptr);
  }
  return 0;
}
