// Negative: a read-only callee compares a pointer field with an address made
// from an integer; the caller finds the buffer's address by bisection over
// the answers. An ordered comparison of pointers to different objects reveals
// address bits, as ptrtoint would: the buffer stays on the heap. (At -O3,
// LLVM 22 itself treats the comparison as not exposing the pointer and
// breaks this program without Escape; the test runs at -O2.)
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct box { char *p; };
/* reads b->p only to compare its address: returns 1 if it lies below c */
__attribute__((noinline)) static int below(const struct box *b, const char *c) {
  return (uintptr_t)b->p < (uintptr_t)c;
}
uintptr_t saved;
__attribute__((noinline)) static void stash(void) {
  char *p = malloc(32);
  strcpy(p, "found by bisection");
  struct box b = {p};
  uintptr_t v = 0;
  for (int bit = 63; bit >= 0; bit--) {
    uintptr_t cand = v | ((uintptr_t)1 << bit);
    if (!below(&b, (const char *)cand))
      v = cand;
  }
  saved = v;
}
int main(void) {
  stash();
  clobber_stack();
  char *q = (char *)saved;
  printf("%s\n", q);
  free(q);
  return 0;
}
