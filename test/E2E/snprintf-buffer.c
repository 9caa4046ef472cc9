// A temporary buffer filled by snprintf and read back: promoted, so the
// only heap allocation left is stdio's own stdout buffer.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// RUN: %e2e --opt -O1 %s | FileCheck %s
// RUN: %e2e --opt -O3 %s | FileCheck %s
// CHECK: reference: exit 0, 21 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned checksum(const char *s) {
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h;
}

static void report(int i) {
  char *line = malloc(64);
  snprintf(line, 64, "item %d squared is %d", i, i * i);
  printf("%s (%zu chars, hash %u)\n", line, strlen(line), checksum(line));
  free(line);
}

int main(void) {
  for (int i = 0; i < 20; i++)
    report(i);
  return 0;
}
