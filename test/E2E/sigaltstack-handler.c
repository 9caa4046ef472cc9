// A signal handler on an 8 KiB alternate stack calls a function that
// allocates two 4000-byte buffers. The handler is a callback: below it
// promotion is held to the callback budget (2048 bytes), and the buffers
// stay on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile unsigned result;
__attribute__((noinline)) unsigned sum(const unsigned char *a, const unsigned char *b) { return a[0] + b[3999]; }
__attribute__((noinline)) static unsigned work(int k) {
  unsigned char *a = malloc(4000), *b = malloc(4000);
  memset(a, k, 4000); memset(b, k + 1, 4000);
  unsigned r = sum(a, b);
  free(a); free(b);
  return r;
}
static void handler(int sig) { result = work(sig); }
int main(void) {
  stack_t ss = { .ss_sp = malloc(8192), .ss_size = 8192, .ss_flags = 0 }; /* classic SIGSTKSZ */
  if (sigaltstack(&ss, NULL) != 0) return 2;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, NULL);
  raise(SIGUSR1);
  printf("%u\n", result);
  return 0;
}
