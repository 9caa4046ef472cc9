// Negative: the pointer's bits are copied into a double, the double is
// stored in a global, and the bits become a pointer again later.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double stash[2];

__attribute__((noinline)) static void hide(int i, const char *text) {
  char *p = malloc(32);
  strcpy(p, text);
  double d;
  memcpy(&d, &p, sizeof d);
  stash[i] = d;
}

int main(void) {
  hide(0, "hidden in a double");
  hide(1, "found again");
  clobber_stack();
  for (int i = 0; i < 2; i++) {
    char *p;
    memcpy(&p, &stash[i], sizeof p);
    printf("%s\n", p);
    free(p);
  }
  return 0;
}
