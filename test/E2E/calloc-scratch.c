// A calloc'd histogram: zero-filled, counted into, read by a noinline
// reader. Promotion must keep the zero fill.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 5 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void print_histogram(const int *bins, int n) {
  for (int i = 0; i < n; i++)
    printf("%d%c", bins[i], i + 1 == n ? '\n' : ' ');
}

static void histogram(const char *text) {
  int *bins = calloc(26, sizeof *bins);
  for (const char *c = text; *c; c++)
    if (*c >= 'a' && *c <= 'z')
      bins[*c - 'a']++;
  print_histogram(bins, 26);
  free(bins);
}

int main(void) {
  histogram("the quick brown fox jumps over the lazy dog");
  histogram("escape analysis");
  histogram("");
  histogram("zzzzzz");
  return 0;
}
