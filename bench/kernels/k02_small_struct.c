/* Small struct allocated, filled, used and freed: running statistics over
 * a window of samples, through a constructor and small helpers. */
#include "../harness.h"
#include <limits.h>

#define WINDOW 32

struct stats {
  long n;
  long sum;
  long min;
  long max;
};

static void stats_init(struct stats *s) {
  s->n = 0;
  s->sum = 0;
  s->min = LONG_MAX;
  s->max = LONG_MIN;
}

#ifndef HAND_STACK
static struct stats *stats_new(void) {
  struct stats *s = malloc(sizeof *s);
  if (s)
    stats_init(s);
  return s;
}
#endif

static void stats_add(struct stats *s, long x) {
  s->n++;
  s->sum += x;
  if (x < s->min)
    s->min = x;
  if (x > s->max)
    s->max = x;
}

static long stats_mean(const struct stats *s) {
  return s->n ? s->sum / s->n : 0;
}

BENCH_KERNEL long bench_kernel(unsigned i) {
#ifdef HAND_STACK
  struct stats st, *s = &st;
  stats_init(s);
#else
  struct stats *s = stats_new();
  if (!s)
    return -1;
#endif
  unsigned start = (i * 13) % (BENCH_DATA_N - WINDOW);
  for (unsigned k = 0; k < WINDOW; k++)
    stats_add(s, bench_data[start + k]);
  long r = (s->max - s->min) * 100000 + stats_mean(s);
#ifndef HAND_STACK
  free(s);
#endif
  return r;
}
