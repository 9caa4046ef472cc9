// Negative: a linked list built in a loop, one allocation site for every
// node; all nodes are alive together.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 13 heap allocations
// CHECK: escape: exit 0, 13 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <stdio.h>
#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

// The length is read at run time so that the loop is not unrolled into twelve
// separate allocation sites.
volatile int length = 12;

int main(void) {
  struct node *head = NULL;
  for (int i = 0; i < length; i++) {
    struct node *n = malloc(sizeof *n);
    n->value = i * 3;
    n->next = head;
    head = n;
  }
  int sum = 0;
  for (struct node *n = head; n; n = n->next) {
    sum += n->value;
    printf("%d ", n->value);
  }
  printf("\nsum %d\n", sum);
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
  return 0;
}
