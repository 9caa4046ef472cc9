// Negative: on a 64 KiB thread, exit() runs an atexit handler on top of a
// chain of frames that promoted buffers; the handler runs another such chain.
// exit calls back, so the functions below it are reachable from a callback
// while calling code that may call back: nothing is promoted in them.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 25 heap allocations
// CHECK: escape: exit 0, 25 heap allocations, 0 memcheck errors
// CHECK: outputs match
// A worker thread with a 64 KiB stack calls exit() from inside a chain of
// functions with scratch buffers; the atexit handler runs on that thread's
// stack and calls another such chain.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) unsigned sum4(const unsigned char *a, const unsigned char *b, const unsigned char *c, const unsigned char *d) { return a[0] + b[1] + c[2] + d[3999]; }
static int quit;
__attribute__((noinline)) static unsigned leaf(int k) { if (quit) { fflush(stdout); exit(0); } return (unsigned)k; }
#define LEVEL(name, next) __attribute__((noinline)) static unsigned name(int k) { \
    unsigned char *a = malloc(4000), *b = malloc(4000), *c = malloc(4000), *d = malloc(4000); \
    memset(a, k, 4000); memset(b, k, 4000); memset(c, k, 4000); memset(d, k, 4000); \
    unsigned r = next(k + 1) + sum4(a, b, c, d); free(a); free(b); free(c); free(d); return r; }
LEVEL(l1, leaf)
LEVEL(l2, l1)
LEVEL(l3, l2)
static void at_exit_handler(void) { printf("handler %u\n", l3(7)); }
static void *thread_main(void *arg) { quit = 1; printf("worker %u\n", l3(1)); return NULL; }
int main(void) {
  atexit(at_exit_handler);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 65536);
  pthread_t t;
  if (pthread_create(&t, &attr, thread_main, NULL) != 0) return 2;
  pthread_join(t, NULL);
  return 0;
}
