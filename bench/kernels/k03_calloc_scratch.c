/* calloc'd scratch array passed to a reader that is not inlined: a
 * histogram of generated symbols, scored by a separate function. The
 * result of calloc is not checked, as in much C code. */
#include "../harness.h"

#define BINS 64
#define SYMBOLS 96

static __attribute__((noinline)) long hist_score(const unsigned *hist,
                                                 int bins) {
  long distinct = 0, peak = 0, weighted = 0;
  for (int b = 0; b < bins; b++) {
    if (hist[b])
      distinct++;
    if (hist[b] > peak)
      peak = hist[b];
    weighted += (long)hist[b] * b;
  }
  return distinct * 1000000 + peak * 10000 + weighted;
}

BENCH_KERNEL long bench_kernel(unsigned i) {
#ifdef HAND_STACK
  unsigned hist[BINS] = {0};
#else
  unsigned *hist = calloc(BINS, sizeof *hist);
#endif
  uint32_t x = i * 2654435761u + 1;
  for (int k = 0; k < SYMBOLS; k++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    hist[(x >> 7) % BINS]++;
  }
  long r = hist_score(hist, BINS);
#ifndef HAND_STACK
  free(hist);
#endif
  return r;
}
