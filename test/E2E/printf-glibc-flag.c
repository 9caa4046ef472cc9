// Negative: glibc's I flag in "%Ip" still prints a pointer. The format
// reader knows the flag, and gives up on a conversion it does not know (one
// registered with register_printf_specifier can do anything).
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 2 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char text[64];
__attribute__((noinline)) static void stash(void) {
  char *p = malloc(32);
  strcpy(p, "printed with %Ip");
  sprintf(text, "%Ip", (void *)p);   /* glibc: I is a flag, the conversion is p */
}
int main(void) {
  stash();
  clobber_stack();
  void *q = 0;
  sscanf(text, "%p", &q);
  printf("%s\n", (char *)q);
  free(q);
  return 0;
}
