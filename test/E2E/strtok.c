// Negative: strtok keeps a pointer into its string in hidden state. The
// first token is taken in one function, the rest after it returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Leaks the copy: strtok goes on reading it.
__attribute__((noinline)) static const char *first_field(const char *line) {
  char *copy = malloc(64);
  strcpy(copy, line);
  return strtok(copy, ",") ? "ok" : "empty";
}

int main(void) {
  printf("first: %s\n", first_field("alpha,beta,gamma,delta"));
  clobber_stack();
  for (char *t; (t = strtok(NULL, ","));)
    printf("next: %s\n", t);
  return 0;
}
