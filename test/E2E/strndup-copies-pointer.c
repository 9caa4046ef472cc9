// Negative: strndup copies the bytes of a pointer into new heap strings that
// outlive the function. strdup and strndup copy their source like strcpy:
// the buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 10 heap allocations
// CHECK: escape: exit 0, 10 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *saved[sizeof(char *)];   /* one heap string per byte of the pointer */
__attribute__((noinline)) static void stash(void) {
  char *p = malloc(32);
  strcpy(p, "copied by strndup");
  for (unsigned k = 0; k < sizeof p; k++)
    saved[k] = strndup((const char *)&p + k, 1);  /* "" for a zero byte */
}
int main(void) {
  stash();
  clobber_stack();
  char *q;
  unsigned char *b = (unsigned char *)&q;
  for (unsigned k = 0; k < sizeof q; k++) {
    b[k] = (unsigned char)saved[k][0];
    free(saved[k]);
  }
  printf("%s\n", q);
  free(q);
  return 0;
}
