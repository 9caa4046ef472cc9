// Negative: setjmp between malloc and free, longjmp back from a callee.
// The function returns twice; its buffer stays on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 5 heap allocations
// CHECK: escape: exit 0, 5 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;

__attribute__((noinline)) static void check(const char *s) {
  if (strchr(s, '!'))
    longjmp(env, (int)strlen(s));
}

static void run(const char *input) {
  char *buf = malloc(32);
  strcpy(buf, input);
  int r = setjmp(env);
  if (r == 0) {
    check(buf);
    printf("%s: fine\n", buf);
  } else {
    printf("%s: rejected at length %d\n", buf, r);
  }
  free(buf);
}

int main(void) {
  run("plain");
  run("loud!");
  run("also fine");
  run("!");
  return 0;
}
