// A small struct on the heap, filled and handed to a reader: promoted.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 11 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

struct point {
  int x, y;
};

__attribute__((noinline)) static long dist2(const struct point *a,
                                            const struct point *b) {
  long dx = a->x - b->x, dy = a->y - b->y;
  return dx * dx + dy * dy;
}

static long step(int i) {
  struct point *a = malloc(sizeof *a);
  struct point *b = malloc(sizeof *b);
  a->x = i;
  a->y = i * 2;
  b->x = -i;
  b->y = i * i;
  long d = dist2(a, b);
  free(b);
  free(a);
  return d;
}

int main(void) {
  long sum = 0;
  for (int i = 0; i < 5; i++) {
    long d = step(i);
    sum += d;
    printf("step %d: %ld\n", i, d);
  }
  printf("sum %ld\n", sum);
  return 0;
}
