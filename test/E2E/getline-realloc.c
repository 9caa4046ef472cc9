// Negative: getline() reallocates the buffer it is given when a line does
// not fit, and stores the new pointer back. The initial 16-byte malloc
// must stay on the heap.
// REQUIRES: valgrind
// RUN: %e2e --stdin %S/Inputs/long-lines.txt %s | FileCheck %s
// CHECK: reference: exit 0, [[N:[0-9]+]] heap allocations
// CHECK: escape: exit 0, [[N]] heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  size_t cap = 16;
  char *line = malloc(cap);
  ssize_t n;
  while ((n = getline(&line, &cap, stdin)) > 0) {
    line[strcspn(line, "\n")] = 0;
    printf("%zd: %s\n", n, line);
  }
  free(line);
  return 0;
}
