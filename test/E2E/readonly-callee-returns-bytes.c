// Negative: a callee that only reads memory returns, as a long, the bytes of
// the pointer the caller copied into its argument. A read-only callee that
// returns data may return any bytes it reads; the buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
long saved;
__attribute__((noinline)) static long first_word(const long *w) { return w[0]; }
__attribute__((noinline)) static void stash(void) {
  char *p = malloc(32);
  strcpy(p, "read as a long");
  long words[1];
  memcpy(words, &p, sizeof p);   /* the pointer's bytes, as a long */
  saved = first_word(words);
}
int main(void) {
  stash();
  clobber_stack();
  char *q;
  memcpy(&q, &saved, sizeof q);
  printf("%s\n", q);
  free(q);
  return 0;
}
