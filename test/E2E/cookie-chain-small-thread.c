// Negative: on a 64 KiB thread, fwrite to a fopencookie stream runs the
// cookie's write function on top of a chain of frames that promoted
// buffers; that function runs another such chain. fwrite may call back, so
// the functions that reach it from a callback count as recursive: nothing
// is promoted in them.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 27 heap allocations
// CHECK: escape: exit 0, 27 heap allocations, 0 memcheck errors
// CHECK: outputs match
// The small-thread-stack test (64 KiB thread stack, chain of functions with
// 4000-byte scratch buffers) but with the chain continued through a stdio
// cookie stream: the bottom function fwrites to an unbuffered fopencookie
// stream whose write function starts the chain again, once.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static FILE *stream;
static int rounds;
static unsigned top(void);
__attribute__((noinline)) static unsigned sum3(const unsigned char *a, const unsigned char *b, const unsigned char *c) {
  return a[0] + b[1999] + c[3999];
}
static unsigned extra;
__attribute__((noinline)) static unsigned bottom(void) {
  if (rounds++ == 0) { char c = 'x'; fwrite(&c, 1, 1, stream); }
  return 1;
}
static ssize_t cookie_write(void *cookie, const char *buf, size_t n) { extra += top(); return n; }
#define LEVEL(name, next, k)                                                   \
  __attribute__((noinline)) static unsigned name(void) {                       \
    unsigned char *a = malloc(4000), *b = malloc(4000), *c = malloc(4000);     \
    memset(a, k, 4000); memset(b, k + 1, 4000); memset(c, k + 2, 4000);       \
    unsigned r = next() + sum3(a, b, c);                                       \
    free(a); free(b); free(c);                                                 \
    return r;                                                                  \
  }
LEVEL(level1, bottom, 1)
LEVEL(level2, level1, 2)
LEVEL(level3, level2, 3)
LEVEL(top, level3, 4)
static void *thread_main(void *arg) { *(unsigned *)arg = top(); return NULL; }
int main(void) {
  cookie_io_functions_t io = {0, cookie_write, 0, 0};
  stream = fopencookie(NULL, "w", io);
  setvbuf(stream, NULL, _IONBF, 0);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 65536);
  unsigned result = 0;
  pthread_t t;
  if (pthread_create(&t, &attr, thread_main, &result) != 0) return 2;
  pthread_join(t, NULL);
  printf("%u %u\n", result, extra);
  fclose(stream);
  return 0;
}
