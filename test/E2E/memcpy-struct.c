// A struct copied with memcpy into a heap scratch copy, changed there and
// printed next to the unchanged original: the copy is promoted.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 7 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct record {
  int id;
  double weight;
  char tag[20];
};

// Prints a copy of the tag: handing printf a pointer into *r would make r
// escape as far as the callers can tell (printf's variadic arguments carry
// no attributes).
__attribute__((noinline)) static void show(const char *label,
                                           const struct record *r) {
  char tag[sizeof r->tag];
  memcpy(tag, r->tag, sizeof tag);
  printf("%s: id=%d weight=%.2f tag=%s\n", label, r->id, r->weight, tag);
}

static void scaled(const struct record *orig, double factor) {
  struct record *copy = malloc(sizeof *copy);
  memcpy(copy, orig, sizeof *copy);
  copy->weight *= factor;
  copy->tag[0] = 'X';
  show("copy", copy);
  show("orig", orig);
  free(copy);
}

int main(void) {
  struct record r = {7, 1.5, "record"};
  for (int i = 1; i <= 6; i++) {
    r.id = i;
    scaled(&r, i);
  }
  return 0;
}
