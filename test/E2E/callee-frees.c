// Negative: a callee frees the buffer (on some calls only). Promoting it
// would hand free() a stack address.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 7 heap allocations
// CHECK: escape: exit 0, 7 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Consumes the message when it is complete; returns whether it did.
__attribute__((noinline)) static int consume(char *msg) {
  size_t n = strlen(msg);
  if (n && msg[n - 1] == '.') {
    printf("consumed: %s\n", msg);
    free(msg);
    return 1;
  }
  return 0;
}

static void post(const char *text) {
  char *msg = malloc(64);
  strcpy(msg, text);
  if (!consume(msg)) {
    printf("kept: %s\n", msg);
    free(msg);
  }
}

int main(void) {
  post("first.");
  post("second");
  post("third.");
  post("fourth");
  post("");
  post("sixth.");
  return 0;
}
