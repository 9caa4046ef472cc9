// Negative: a pointer printed with %p into a global string and read back
// with sscanf("%p") after its function returned. C guarantees the
// round trip; the buffer must not be promoted.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char ticket[2][32];

__attribute__((noinline)) static void deposit(int i, const char *text) {
  char *box = malloc(32);
  strcpy(box, text);
  snprintf(ticket[i], sizeof ticket[i], "%p", (void *)box);
}

int main(void) {
  deposit(0, "first deposit");
  deposit(1, "second deposit");
  clobber_stack();
  for (int i = 0; i < 2; i++) {
    void *box;
    if (sscanf(ticket[i], "%p", &box) == 1) {
      printf("%s\n", (char *)box);
      free(box);
    }
  }
  return 0;
}
