// A heap struct that points to another heap buffer, both local to one
// function: both are promoted, and the inner pointer is read back through
// the outer object.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 9 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct text {
  size_t len;
  char *data;
};

__attribute__((noinline)) static size_t vowels(const struct text *t) {
  size_t n = 0;
  for (size_t i = 0; i < t->len; i++)
    n += strchr("aeiou", t->data[i]) != NULL && t->data[i] != 0;
  return n;
}

static void analyse(const char *word) {
  struct text *t = malloc(sizeof *t);
  t->data = malloc(32);
  t->len = strlen(word);
  memcpy(t->data, word, t->len + 1);
  printf("%s: %zu letters, %zu vowels\n", t->data, t->len, vowels(t));
  free(t->data);
  free(t);
}

int main(void) {
  analyse("promotion");
  analyse("stack");
  analyse("heap");
  analyse("aeiou");
  return 0;
}
