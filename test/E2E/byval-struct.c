// Negative: a struct holding the buffer is passed by value (in memory, it
// is too big for registers) to a callee that keeps the buffer.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request {
  long id;
  long flags;
  long size;
  char *body;
};

static char *last_body[2];

__attribute__((noinline)) static void handle(struct request r) {
  last_body[r.id] = r.body;
}

__attribute__((noinline)) static void issue(long id, const char *text) {
  struct request r = {id, 0, 32, malloc(32)};
  strcpy(r.body, text);
  handle(r);
}

int main(void) {
  issue(0, "by value");
  issue(1, "still mine?");
  clobber_stack();
  for (int i = 0; i < 2; i++) {
    printf("%s\n", last_body[i]);
    free(last_body[i]);
  }
  return 0;
}
