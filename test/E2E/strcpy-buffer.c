// A scratch string built with strcpy and strcat, measured and printed:
// promoted, only stdout's buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 11 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const words[] = {"alpha", "beta", "gamma", "delta", "eps",
                                    "zeta",  "eta",  "theta", "iota",  "kappa"};

static void greet(const char *who, int n) {
  char *s = malloc(96);
  strcpy(s, "hello, ");
  strcat(s, who);
  for (int i = 0; i < n; i++)
    strcat(s, "!");
  printf("%-24s|%zu\n", s, strlen(s));
  free(s);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    greet(words[i], i);
  return 0;
}
