// calloc and strdup in a loop: a promoted object reuses one stack slot,
// but every iteration must start from zeros (calloc) or a fresh copy of
// the string (strdup), not from what the previous iteration left there.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 13 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int total(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

volatile int rounds = 6;

int main(void) {
  for (int r = 0; r < rounds; r++) {
    int *counts = calloc(8, sizeof *counts);
    for (int i = 0; i <= r; i++)
      counts[(i * 3) % 8] += i + 1;
    char *word = strdup("abcdefgh");
    for (int i = 0; i < r; i++)
      word[i] = (char)('A' + i);
    printf("round %d: total %d, word %s\n", r, total(counts, 8), word);
    free(word);
    free(counts);
  }
  return 0;
}
