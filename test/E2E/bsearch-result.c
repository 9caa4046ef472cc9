// Negative: bsearch returns a pointer into the table it searched, and the
// table's function returns that pointer.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>

static int compare(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

// Builds a table of squares and returns the entry for key (the table
// leaks).
__attribute__((noinline)) static const int *find_square(int key) {
  int *table = malloc(16 * sizeof *table);
  for (int i = 0; i < 16; i++)
    table[i] = i * i;
  return bsearch(&key, table, 16, sizeof *table, compare);
}

int main(void) {
  int keys[] = {9, 144, 225};
  for (int i = 0; i < 3; i++) {
    const int *hit = find_square(keys[i]);
    clobber_stack();
    printf("%d: %d\n", keys[i], hit ? *hit : -1);
  }
  return 0;
}
