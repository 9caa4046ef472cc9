// A thread with a 16 KiB stack (PTHREAD_STACK_MIN) runs a function that
// allocates three 4000-byte buffers. It is below a callback (the thread's
// start routine), where the stack may be that small: promotion there is held
// to -escape-max-callback-chain-size (2048 bytes), and the buffers stay on
// the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 5 heap allocations
// CHECK: escape: exit 0, 5 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) unsigned sum(const unsigned char *a, const unsigned char *b, const unsigned char *c) {
  return a[0] + b[1999] + c[3999];
}
__attribute__((noinline)) static unsigned work(int k) {
  unsigned char *a = malloc(4000), *b = malloc(4000), *c = malloc(4000);
  memset(a, k, 4000); memset(b, k + 1, 4000); memset(c, k + 2, 4000);
  unsigned r = sum(a, b, c);
  free(a); free(b); free(c);
  return r;
}
static void *thread_main(void *arg) { *(unsigned *)arg = work(3); return NULL; }
int main(void) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 16384);   /* PTHREAD_STACK_MIN */
  unsigned result = 0;
  pthread_t t;
  if (pthread_create(&t, &attr, thread_main, &result) != 0) return 2;
  pthread_join(t, NULL);
  printf("%u\n", result);
  return 0;
}
