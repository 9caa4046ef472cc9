// Negative: a read-only qsort comparator orders elements by their pointer
// bits; the caller finds a buffer's address by bisection over the sort order.
// The comparator's summary shows it reads the elements as data: the buffer
// stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
uintptr_t mask; /* stays 0; written only when argc > 5 */
/* orders pointers by address; only reads memory */
static int by_address(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)*(char *const *)a ^ mask;
  uintptr_t y = (uintptr_t)*(char *const *)b ^ mask;
  return (x > y) - (x < y);
}
uintptr_t saved;
__attribute__((noinline)) static void stash(void) {
  char *p = malloc(32); /* 16-aligned: its low 4 bits are 0 */
  strcpy(p, "sorted out");
  uintptr_t v = 0;
  for (int bit = 63; bit >= 4; bit--) {
    uintptr_t x = v | ((uintptr_t)1 << bit);
    char *arr[2] = {p, (char *)(x - 1)}; /* odd: never equal to p */
    qsort(arr, 2, sizeof arr[0], by_address);
    if (arr[1] == p) /* p > x - 1, i.e. p >= x */
      v = x;
  }
  saved = v;
}
int main(int argc, char **argv) {
  (void)argv;
  if (argc > 5) mask = 1;
  stash();
  clobber_stack();
  char *q = (char *)saved;
  printf("%s\n", q);
  free(q);
  return 0;
}
