// Below a thread's start routine the stack may be small, so promotion there
// is held to the callback budget (-escape-max-callback-chain-size, 2048
// bytes): the 256- and 512-byte buffers of work() are promoted, its
// 4000-byte buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 125 heap allocations
// CHECK: escape: exit 0, 45 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned digest(const unsigned char *a,
                                                 size_t n) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ a[i]) * 16777619u;
  return h;
}

__attribute__((noinline)) static unsigned work(int k) {
  unsigned char *small = malloc(256); // fits the callback budget: promoted
  unsigned char *other = malloc(512); // fits too (768 bytes in all)
  unsigned char *big = malloc(4000);  // would exceed it: stays on the heap
  memset(small, k, 256);
  memset(other, k + 1, 512);
  memset(big, k + 2, 4000);
  unsigned r = digest(small, 256) ^ digest(other, 512) ^ digest(big, 4000);
  free(small);
  free(other);
  free(big);
  return r;
}

static void *worker(void *arg) {
  int k = *(int *)arg;
  unsigned r = 0;
  for (int i = 0; i < 10; i++)
    r += work(k + i);
  *(unsigned *)arg = r;
  return NULL;
}

int main(void) {
  pthread_t t[4];
  int args[4];
  for (int i = 0; i < 4; i++) {
    args[i] = i;
    if (pthread_create(&t[i], NULL, worker, &args[i]) != 0)
      return 2;
  }
  for (int i = 0; i < 4; i++) {
    pthread_join(t[i], NULL);
    printf("worker %d: %u\n", i, (unsigned)args[i]);
  }
  return 0;
}
