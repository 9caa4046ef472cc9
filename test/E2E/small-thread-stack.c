// Thread stacks can be much smaller than main's 8 MiB: this thread gets
// 64 KiB and runs a chain of eight functions (no recursion), each with
// three 4000-byte scratch buffers alive across the call to the next. On
// the heap that costs no stack; in the frames it would be 96 KB. Promotion
// must not overflow a stack the program sized for its own frames.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, [[N:[0-9]+]] heap allocations
// CHECK: escape: exit 0, {{[0-9]+}} heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned
sum3(const unsigned char *a, const unsigned char *b, const unsigned char *c) {
  return a[0] + b[1999] + c[3999];
}

#define LEVEL(name, next, k)                                                   \
  __attribute__((noinline)) static unsigned name(void) {                       \
    unsigned char *a = malloc(4000);                                           \
    unsigned char *b = malloc(4000);                                           \
    unsigned char *c = malloc(4000);                                           \
    memset(a, k, 4000);                                                        \
    memset(b, k + 1, 4000);                                                    \
    memset(c, k + 2, 4000);                                                    \
    unsigned r = next() + sum3(a, b, c);                                       \
    free(a);                                                                   \
    free(b);                                                                   \
    free(c);                                                                   \
    return r;                                                                  \
  }

__attribute__((noinline)) static unsigned bottom(void) { return 1; }
LEVEL(level1, bottom, 1)
LEVEL(level2, level1, 2)
LEVEL(level3, level2, 3)
LEVEL(level4, level3, 4)
LEVEL(level5, level4, 5)
LEVEL(level6, level5, 6)
LEVEL(level7, level6, 7)
LEVEL(level8, level7, 8)

static void *thread_main(void *arg) {
  unsigned *out = arg;
  *out = level8();
  return NULL;
}

int main(void) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 65536);
  unsigned result = 0;
  pthread_t t;
  if (pthread_create(&t, &attr, thread_main, &result) != 0)
    return 2;
  pthread_join(t, NULL);
  printf("%u\n", result);
  return 0;
}
