/* Temporary copy filled by memcpy: a window of readings copied into a
 * scratch buffer, sorted there (the input stays untouched), median taken.
 * The result of malloc is not checked, as in much C code. */
#include "../harness.h"
#include <string.h>

#define WIN 15

static void insertion_sort(int32_t *a, int n) {
  for (int k = 1; k < n; k++) {
    int32_t x = a[k];
    int j = k - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

BENCH_KERNEL long bench_kernel(unsigned i) {
  const int32_t *src = &bench_data[(i * 7) % (BENCH_DATA_N - WIN)];
#ifdef HAND_STACK
  int32_t tmp[WIN];
#else
  int32_t *tmp = malloc(WIN * sizeof *tmp);
#endif
  memcpy(tmp, src, WIN * sizeof *tmp);
  insertion_sort(tmp, WIN);
  long r = tmp[WIN / 2] * 4 + (tmp[WIN - 1] - tmp[0]) % 4;
#ifndef HAND_STACK
  free(tmp);
#endif
  return r;
}
