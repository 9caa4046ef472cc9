/* harness.h: the driver every kernel shares.
 *
 * A kernel file includes this header, then defines
 *
 *   BENCH_KERNEL long bench_kernel(unsigned i);
 *
 * main() calls it BENCH_CALLS times (or argv[1] times), folds the results
 * into one checksum and prints it, so every configuration of a kernel must
 * print the same line. bench_data[] holds deterministic pseudo-random input
 * that kernels may read. Built with -DHAND_STACK, a kernel uses local arrays
 * and structs instead of the heap: the same work with no allocator.
 */
#ifndef BENCH_HARNESS_H
#define BENCH_HARNESS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef BENCH_CALLS
#define BENCH_CALLS 200000
#endif

#define BENCH_DATA_N 4096
#define BENCH_KERNEL __attribute__((noinline))

static int32_t bench_data[BENCH_DATA_N];

long bench_kernel(unsigned i);

int main(int argc, char **argv) {
  unsigned long calls = argc > 1 ? strtoul(argv[1], NULL, 10) : BENCH_CALLS;
  uint32_t x = 2463534242u;
  for (int k = 0; k < BENCH_DATA_N; k++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    bench_data[k] = (int32_t)(x % 20001u) - 10000;
  }
  unsigned long sum = 0;
  for (unsigned long i = 0; i < calls; i++)
    sum = sum * 1000003u + (unsigned long)bench_kernel((unsigned)i);
  printf("%lu\n", sum);
  return 0;
}

#endif /* BENCH_HARNESS_H */
