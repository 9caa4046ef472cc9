// Negative: qsort moves a pointer field into a slot that the caller then
// reads as integer bytes. The elements change places, so the byte ranges of
// base are all mixed: the buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct item { long key; union { char *p; unsigned long bits; } u; };
unsigned long saved;
static int by_key(const void *a, const void *b) {
  long x = ((const struct item *)a)->key, y = ((const struct item *)b)->key;
  return (x > y) - (x < y);
}
__attribute__((noinline)) static void stash(void) {
  struct item items[2];
  items[0].key = 2;
  items[0].u.p = malloc(32);
  strcpy(items[0].u.p, "moved by qsort");
  items[1].key = 1;
  items[1].u.bits = 12345;
  qsort(items, 2, sizeof items[0], by_key);
  /* items[1] now holds the pointer; read its bytes as unsigned char */
  const unsigned char *b = (const unsigned char *)&items[1].u;
  unsigned long v = 0;
  for (int k = (int)sizeof v - 1; k >= 0; k--) v = v << 8 | b[k];
  saved = v;
}
int main(void) {
  stash();
  clobber_stack();
  char *q;
  memcpy(&q, &saved, sizeof q);
  printf("%s\n", q);
  free(q);
  return 0;
}
