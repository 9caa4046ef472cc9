/* aligned_alloc: a 64-byte aligned vector of generated values, combined
 * with a weight table in a loop the compiler vectorizes. */
#include "../harness.h"

#define LEN 128

static const int32_t weights[8] = {3, -1, 4, -1, 5, -9, 2, 6};

BENCH_KERNEL long bench_kernel(unsigned i) {
#ifdef HAND_STACK
  _Alignas(64) int32_t v[LEN];
#else
  int32_t *v = aligned_alloc(64, LEN * sizeof *v);
  if (!v)
    return -1;
#endif
  unsigned base = (i * 5) % (BENCH_DATA_N - LEN);
  for (int k = 0; k < LEN; k++)
    v[k] = bench_data[base + k] * (int32_t)(k + 1);
  long dot = 0;
  for (int k = 0; k < LEN; k++)
    dot += (long)v[k] * weights[k & 7];
#ifndef HAND_STACK
  free(v);
#endif
  return dot;
}
