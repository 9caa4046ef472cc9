// Negative: __builtin_setjmp (llvm.eh.sjlj.setjmp, not marked returns_twice
// by LLVM) is returned to by __builtin_longjmp, and the code after it runs
// again while the buffer of the previous round is still kept: each round
// needs its own allocation. The function counts as calling setjmp; its
// buffers stay on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 5 heap allocations
// CHECK: escape: exit 0, 5 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include <stdio.h>
#include <stdlib.h>
static void *bb[5];
__attribute__((noinline)) static void jump(void) { __builtin_longjmp(bb, 1); }
__attribute__((noinline)) int run(void) {
  char **keep = malloc(3 * sizeof *keep);   /* made before the setjmp: heap contents stay valid */
  volatile int n = 0;
  __builtin_setjmp(bb);
  char *p = malloc(16);
  snprintf(p, 16, "round %d", n);
  keep[n] = p;
  n = n + 1;
  if (n < 3) jump();
  for (int i = 0; i < 3; i++) puts(keep[i]);
  return 0;
}
int main(void) { return run(); }
