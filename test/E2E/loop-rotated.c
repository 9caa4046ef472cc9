// The classic read loop: allocate at the top, leave in the middle, free at
// the bottom. Loop rotation at -O2 duplicates the allocation (one copy
// before the loop, one in the latch) and frees a phi of the two, yet every
// instance is still dead before the next one is allocated: promoted.
// REQUIRES: valgrind
// RUN: %e2e --stdin %S/Inputs/lines.txt %s | FileCheck %s
// CHECK: reference: exit 0, 9 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t letters(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z');
  return n;
}

int main(void) {
  size_t total = 0;
  for (int lineno = 1;; lineno++) {
    char *line = malloc(128);
    if (!fgets(line, 128, stdin)) {
      free(line);
      break;
    }
    line[strcspn(line, "\n")] = 0;
    size_t n = letters(line);
    total += n;
    printf("%d: %zu letters\n", lineno, n);
    free(line);
  }
  printf("total %zu letters\n", total);
  return 0;
}
