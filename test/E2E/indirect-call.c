// Negative: the buffer goes to a function called through a pointer the
// compiler cannot resolve (read from a volatile variable); that function
// keeps it.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *kept[2];
static int nkept;

static void keep(char *s) { kept[nkept++] = s; }

static void (*volatile sink)(char *) = keep;

__attribute__((noinline)) static void submit(const char *text) {
  char *copy = malloc(32);
  strcpy(copy, text);
  sink(copy);
}

int main(void) {
  submit("through a pointer");
  submit("twice");
  clobber_stack();
  for (int i = 0; i < nkept; i++) {
    printf("%s\n", kept[i]);
    free(kept[i]);
  }
  return 0;
}
