// Negative: a context saved by swapcontext is resumed three times with
// setcontext, each time as if swapcontext had returned, while the buffer of
// the previous round is still kept. LLVM does not mark swapcontext
// returns_twice; Escape treats it like getcontext: its buffers stay on the
// heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 5 heap allocations
// CHECK: escape: exit 0, 5 heap allocations, 0 memcheck errors
// CHECK: outputs match
// a context saved by swapcontext is resumed three times (setcontext); code after it re-runs
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>
static ucontext_t saved, tramp_ctx;
static char tramp_stack[65536];
static void tramp(void) { setcontext(&saved); }
__attribute__((noinline)) static void init_tramp(void) {
  getcontext(&tramp_ctx);
  tramp_ctx.uc_stack.ss_sp = tramp_stack;
  tramp_ctx.uc_stack.ss_size = sizeof tramp_stack;
  tramp_ctx.uc_link = NULL;
  makecontext(&tramp_ctx, tramp, 0);
}
__attribute__((noinline)) int run(void) {
  char **keep = malloc(3 * sizeof *keep);
  volatile int n = 0;
  init_tramp();
  swapcontext(&saved, &tramp_ctx);             /* resume point */
  char *p = malloc(16);
  snprintf(p, 16, "swap %d", n);
  keep[n] = p;
  n = n + 1;
  if (n < 3) setcontext(&saved);
  for (int i = 0; i < 3; i++) puts(keep[i]);
  return 0;
}
int main(void) { return run(); }
