// Negative: a variadic function keeps one of its variadic arguments in a
// global (va_arg leaves no attributes to go by).
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *remembered[2];

__attribute__((noinline)) static void remember(int slot, ...) {
  va_list ap;
  va_start(ap, slot);
  remembered[slot] = va_arg(ap, char *);
  va_end(ap);
}

__attribute__((noinline)) static void note(int slot, const char *text) {
  char *copy = malloc(32);
  strcpy(copy, text);
  remember(slot, copy);
}

int main(void) {
  note(0, "kept by va_arg");
  note(1, "also kept");
  clobber_stack();
  for (int i = 0; i < 2; i++) {
    printf("%s\n", remembered[i]);
    free(remembered[i]);
  }
  return 0;
}
