// Negative: recursion through a printf conversion registered with
// register_printf_specifier: snprintf calls the handler, which calls back
// into the function that called snprintf. It counts as recursive; its buffer
// stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 4006 heap allocations
// CHECK: escape: exit 0, 4006 heap allocations, 0 memcheck errors
// CHECK: outputs match
// Recursion through a custom printf conversion (glibc
// register_printf_specifier): level() calls snprintf with "%W", whose
// handler calls level() again.
#include <printf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static unsigned total;
static void level(int d);
__attribute__((noinline)) static unsigned peek(const unsigned char *a, const unsigned char *b,
                                               const unsigned char *c, const unsigned char *e) {
  return a[0] + b[3999] + c[17] + e[100];
}
static int print_w(FILE *s, const struct printf_info *info, const void *const *args) {
  int d = *(const int *)args[0];
  level(d);
  return fputc('w', s) == EOF ? -1 : 1;
}
static int arginfo_w(const struct printf_info *info, size_t n, int *types, int *size) {
  if (n > 0) types[0] = PA_INT;
  return 1;
}
static void level(int d) {
  unsigned char *a = malloc(4000), *b = malloc(4000), *c = malloc(4000), *e = malloc(4000);
  memset(a, d, 4000); memset(b, d + 1, 4000); memset(c, d + 2, 4000); memset(e, d + 3, 4000);
  if (d > 0) {
    char out[8];
    snprintf(out, sizeof out, "%W", d - 1);
  }
  total += peek(a, b, c, e);
  free(a); free(b); free(c); free(e);
}
int main(void) {
  register_printf_specifier('W', print_w, arginfo_w);
  level(1000);
  printf("%u\n", total);
  return 0;
}
