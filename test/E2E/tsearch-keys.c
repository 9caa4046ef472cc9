// Negative: tsearch keeps the key pointers it is given in its tree; the
// keys are looked up again after the functions that made them returned.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, [[N:[0-9]+]] heap allocations
// CHECK: escape: exit 0, [[N]] heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *root;

static int compare(const void *a, const void *b) { return strcmp(a, b); }

__attribute__((noinline)) static void add(const char *word) {
  char *key = malloc(16);
  strcpy(key, word);
  tsearch(key, &root, compare);
}

static void show(const void *node, VISIT which, int depth) {
  (void)depth;
  if (which == postorder || which == leaf)
    printf("%s\n", *(char *const *)node);
}

int main(void) {
  add("pear");
  add("apple");
  add("fig");
  clobber_stack();
  twalk(root, show);
  return 0;
}
