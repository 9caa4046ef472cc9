/* Conditional frees with null checks: two buffers, an early return and a
 * goto-cleanup exit that frees whatever was allocated. Renders two numbers
 * in hex and measures how many digits differ. */
#include "../harness.h"

#define HEX_MAX 32

static int to_hex(char *dst, uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  for (int k = 15; k >= 0; k--) {
    dst[k] = digits[v & 15];
    v >>= 4;
  }
  dst[16] = '\0';
  return 16;
}

BENCH_KERNEL long bench_kernel(unsigned i) {
  long r = -1;
#ifdef HAND_STACK
  char a[HEX_MAX], b[HEX_MAX];
#else
  char *a = malloc(HEX_MAX);
  if (!a)
    return -1;
  char *b = malloc(HEX_MAX);
  if (!b)
    goto out;
#endif
  int na = to_hex(a, (uint64_t)i * 0x9E3779B97F4A7C15u);
  int nb = to_hex(b, (uint64_t)(i + 1) * 0x9E3779B97F4A7C15u);
  r = 0;
  for (int k = 0; k < na && k < nb; k++)
    r += a[k] != b[k];
  r = r * 256 + (unsigned char)a[0];
#ifndef HAND_STACK
out:
  if (b)
    free(b);
  if (a)
    free(a);
#endif
  return r;
}
