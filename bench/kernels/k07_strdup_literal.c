/* strdup of a literal: a default name duplicated so it can be edited in
 * place (a numbered suffix, a capital letter), then hashed. */
#include "../harness.h"
#include <string.h>

BENCH_KERNEL long bench_kernel(unsigned i) {
#ifdef HAND_STACK
  char name[] = "worker-pool-default-000";
#else
  char *name = strdup("worker-pool-default-000");
  if (!name)
    return -1;
#endif
  size_t n = strlen(name);
  unsigned id = i % 1000;
  name[n - 1] = (char)('0' + id % 10);
  name[n - 2] = (char)('0' + id / 10 % 10);
  name[n - 3] = (char)('0' + id / 100);
  if (i & 1)
    name[0] = 'W';
  uint32_t h = 5381;
  for (char *c = name; *c; c++)
    h = h * 33 + (unsigned char)*c;
#ifndef HAND_STACK
  free(name);
#endif
  return h;
}
