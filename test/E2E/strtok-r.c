// strtok_r with a local save pointer: the copy can be promoted. With a
// save pointer in a global that the caller continues from, it cannot
// (negative).
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *cursor;

__attribute__((noinline)) static int count_fields(const char *line) {
  char *copy = malloc(64);
  strcpy(copy, line);
  char *save;
  int n = 0;
  for (char *t = strtok_r(copy, ";", &save); t; t = strtok_r(NULL, ";", &save))
    n++;
  free(copy);
  return n;
}

// Leaks the copy: cursor goes on pointing into it.
__attribute__((noinline)) static void start_fields(const char *line) {
  char *copy = malloc(64);
  strcpy(copy, line);
  printf("head: %s\n", strtok_r(copy, ";", &cursor));
}

int main(void) {
  printf("%d fields\n", count_fields("a;bb;ccc;dddd"));
  start_fields("one;two;three");
  clobber_stack();
  for (char *t; (t = strtok_r(NULL, ";", &cursor));)
    printf("rest: %s\n", t);
  return 0;
}
