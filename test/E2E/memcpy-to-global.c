// Negative: the pointer leaves through memcpy into a global (no store of a
// pointer anywhere), and is used after its function returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  int id;
  char *name;
};

struct slot registry[3];

static void enroll(int i, const char *name) {
  char *copy = malloc(32);
  strcpy(copy, name);
  struct slot s = {i, copy};
  memcpy(&registry[i], &s, sizeof s);
}

int main(void) {
  enroll(0, "ada");
  enroll(1, "grace");
  enroll(2, "barbara");
  clobber_stack();
  for (int i = 0; i < 3; i++) {
    printf("%d: %s\n", registry[i].id, registry[i].name);
    free(registry[i].name);
  }
  return 0;
}
