// Negative: recursion through stdio. fwrite on a fopencookie stream calls the
// stream's write function, which calls back into level(): 3000 levels of a
// 4000-byte buffer would overflow the stack. stdio (like printf, exit, abort)
// is not known to stay inside libc, so level() is reachable from a callback
// while calling code that may call back: it counts as recursive, and its
// buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 6003 heap allocations
// CHECK: escape: exit 0, 6002 heap allocations, 0 memcheck errors
// CHECK: outputs match
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define DEPTH 3000
static FILE *streams[DEPTH + 1];
static unsigned total;
static void level(int d);
__attribute__((noinline)) unsigned peek(const unsigned char *a) { return a[0] + a[3999]; }
static ssize_t on_write(void *cookie, const char *buf, size_t n) {
  int d;
  memcpy(&d, buf, sizeof d);
  level(d);                         /* calls back into level() */
  return n;
}
static void level(int d) {
  unsigned char *a = malloc(4000);  /* promoted: 4000 bytes per level */
  memset(a, d, 4000);
  if (d > 0) {
    int next = d - 1;
    fwrite(&next, sizeof next, 1, streams[d]);
  }
  total += peek(a);
  free(a);
}
int main(void) {
  cookie_io_functions_t io = {0, on_write, 0, 0};
  for (int i = 0; i <= DEPTH; i++) {
    streams[i] = fopencookie(NULL, "w", io);
    setvbuf(streams[i], NULL, _IONBF, 0);
  }
  level(DEPTH);
  printf("%u\n", total);
  return 0;
}
