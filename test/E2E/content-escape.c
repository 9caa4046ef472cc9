// A heap struct that does not escape holds a pointer to a heap string
// that does: a callee reads the field and keeps the string. The struct is
// promoted, the string stays on the heap and is printed after the struct's
// frame is gone.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 7 heap allocations
// CHECK: escape: exit 0, 4 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
  int priority;
  char *text;
};

static char *inbox[3];
static int count;

__attribute__((noinline)) static void deliver(const struct message *m) {
  if (m->priority > 0)
    inbox[count++] = m->text;
}

__attribute__((noinline)) static void send(int priority, const char *text) {
  struct message *m = malloc(sizeof *m);
  m->priority = priority;
  m->text = malloc(32);
  strcpy(m->text, text);
  deliver(m);
  free(m);
}

int main(void) {
  send(1, "urgent");
  send(2, "important");
  send(3, "routine");
  clobber_stack();
  for (int i = 0; i < count; i++) {
    printf("%d: %s\n", i, inbox[i]);
    free(inbox[i]);
  }
  return 0;
}
