// qsort on a heap array: with a comparator that only reads, the array may
// be promoted and must come out sorted. With a comparator that remembers
// an element's address, the array outlives its function (negative).
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>

static int ascending(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static const int *largest_seen;

static int descending_remember(const void *a, const void *b) {
  const int *x = a, *y = b;
  if (!largest_seen || *x > *largest_seen)
    largest_seen = x;
  return (*y > *x) - (*y < *x);
}

__attribute__((noinline)) static void sorted(int seed) {
  int *v = malloc(10 * sizeof *v);
  for (int i = 0; i < 10; i++)
    v[i] = (seed * (i + 7) * 37) % 101;
  qsort(v, 10, sizeof *v, ascending);
  for (int i = 0; i < 10; i++)
    printf("%d ", v[i]);
  printf("\n");
  free(v);
}

// Leaks v on purpose: largest_seen points into it after the return.
__attribute__((noinline)) static void sorted_remembering(int seed) {
  int *v = malloc(10 * sizeof *v);
  for (int i = 0; i < 10; i++)
    v[i] = (seed * (i + 3) * 53) % 97;
  qsort(v, 10, sizeof *v, descending_remember);
  printf("first %d last %d\n", v[0], v[9]);
}

int main(void) {
  sorted(3);
  sorted_remembering(5);
  clobber_stack();
  printf("largest seen during the sort: %d\n", *largest_seen);
  return 0;
}
