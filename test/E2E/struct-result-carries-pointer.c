// Negative: a read-only callee returns a struct holding a pointer it read
// two levels down; the caller frees through it. A result that carries
// pointers gets no data-read summary (the summary does not describe what it
// hands out), so the callee's argument content escapes and the buffer stays
// on the heap.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 3 heap allocations
// CHECK: escape: exit 0, 3 heap allocations, 0 memcheck errors
// CHECK: outputs match
#include <stdio.h>
#include <stdlib.h>
struct A { char *p; };
struct pr { char *p; long n; };
__attribute__((noinline)) static struct pr get(struct A *const *o, long n) {
  struct pr r = {(*o)->p, n};
  return r;
}
int main(int argc, char **argv) {
  (void)argv;
  char *p = malloc(16);
  struct A *a = malloc(argc * sizeof *a); /* runtime size: stays on the heap */
  a->p = p;
  struct pr r = get(&a, argc);
  free(r.p); /* frees p */
  free(a);
  printf("%ld\n", r.n);
  return 0;
}
