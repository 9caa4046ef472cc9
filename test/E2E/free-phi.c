// Negative for the free: one free() releases either a local scratch buffer
// or a buffer the caller owns. The scratch buffer may still be promoted,
// but only if that free is not deleted: the caller's buffer must be freed.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 9 heap allocations
// CHECK: escape: exit 0, 9 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t length(const char *s) {
  return strlen(s);
}

// Takes ownership of owned. Not inlined: in main the choice would be known.
__attribute__((noinline)) static size_t measure(char *owned, int use_scratch) {
  char *scratch = malloc(32);
  strcpy(scratch, "scratch");
  char *p = use_scratch ? scratch : owned;
  size_t n = length(p);
  free(p);
  if (!use_scratch)
    free(scratch);
  else
    free(owned);
  return n;
}

int main(void) {
  for (int i = 0; i < 4; i++) {
    char *owned = malloc(16);
    strcpy(owned, i % 2 ? "odd" : "even!");
    printf("%d: %zu\n", i, measure(owned, i % 2));
  }
  return 0;
}
