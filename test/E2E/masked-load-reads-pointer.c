// Negative: __builtin_masked_load (llvm.masked.load, memory(argmem: read))
// reads the bytes of a pointer as integers. An intrinsic that only reads and
// returns data gets the same rule as any read-only callee: the buffer stays
// on the heap. (The builtin is new in clang 22.)
// REQUIRES: valgrind, llvm-22
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef _Bool mask2 __attribute__((ext_vector_type(2)));
typedef long long i64x2 __attribute__((ext_vector_type(2)));
i64x2 saved;
__attribute__((noinline)) static void stash(mask2 m, int at) {
  char *p = malloc(32);
  strcpy(p, "masked load");
  long long words[4] = {0, 0, 0, 0};
  memcpy(&words[at], &p, sizeof p);  /* the pointer's bytes, as a long long */
  saved = __builtin_masked_load(m, &words[at]);
}
int main(int argc, char **argv) {
  (void)argv;
  mask2 m = {argc > 0, argc > 1};
  stash(m, argc);
  clobber_stack();
  long long w = saved[0];
  char *q;
  memcpy(&q, &w, sizeof q);
  printf("%s\n", q);
  free(q);
  return 0;
}
