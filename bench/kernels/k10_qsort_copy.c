/* Temporary array sorted with qsort: the top three of a window of scores,
 * taken from a sorted copy so the input stays in its original order. */
#include "../harness.h"
#include <string.h>

#define N_SCORES 24

static int cmp_desc(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x < y) - (x > y);
}

BENCH_KERNEL long bench_kernel(unsigned i) {
  const int32_t *scores = &bench_data[(i * 11) % (BENCH_DATA_N - N_SCORES)];
#ifdef HAND_STACK
  int32_t sorted[N_SCORES];
#else
  int32_t *sorted = malloc(N_SCORES * sizeof *sorted);
  if (!sorted)
    return -1;
#endif
  memcpy(sorted, scores, N_SCORES * sizeof *sorted);
  qsort(sorted, N_SCORES, sizeof *sorted, cmp_desc);
  long r = (long)sorted[0] * 1000000 + (long)sorted[1] * 1000 + sorted[2];
#ifndef HAND_STACK
  free(sorted);
#endif
  return r;
}
