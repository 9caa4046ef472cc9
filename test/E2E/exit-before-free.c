// exit() between malloc and free. exit does not unwind: the calling frame
// stays alive while atexit handlers run, so a buffer that does not escape may
// live on the stack (positive). A buffer published to a global for an atexit
// handler escapes and stays on the heap (negative): the handler reads it
// after its function has called exit, and must see the data written into it.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 3, 5 heap allocations
// CHECK: escape: exit 3, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *last_words;

static void say_last_words(void) {
  printf("at exit: %s\n", last_words);
  fflush(stdout);
}

__attribute__((noinline)) static int checksum(const char *s) {
  int h = 0;
  for (; *s; s++)
    h = h * 31 + *s;
  return h;
}

static void step(int k) {
  char *scratch = malloc(32); // does not escape: promoted
  snprintf(scratch, 32, "step %d", k);
  printf("%s -> %d\n", scratch, checksum(scratch));
  if (k == 2) {
    last_words = malloc(32); // escapes to a global: stays on the heap
    snprintf(last_words, 32, "stopped in %s", scratch);
    atexit(say_last_words);
    exit(3); // neither buffer is freed on this path
  }
  free(scratch);
}

int main(void) {
  for (int k = 0; k < 5; k++)
    step(k);
  return 0;
}
