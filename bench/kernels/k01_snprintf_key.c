/* Temporary buffer filled by libc: build a cache key with snprintf and
 * strcpy into a malloc'd buffer (through the usual xmalloc wrapper), hash
 * it, free it. */
#include "../harness.h"
#include <string.h>

#define KEY_MAX 96

static const char *const regions[] = {"eu-west", "us-east", "ap-south",
                                      "sa-east"};
static const char *const suffixes[] = {".json", ".bin"};

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fputs("out of memory\n", stderr);
    exit(1);
  }
  return p;
}

static uint32_t fnv1a(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < n; k++) {
    h ^= (unsigned char)s[k];
    h *= 16777619u;
  }
  return h;
}

BENCH_KERNEL long bench_kernel(unsigned i) {
#ifdef HAND_STACK
  char key[KEY_MAX];
#else
  char *key = xmalloc(KEY_MAX);
#endif
  int n = snprintf(key, KEY_MAX, "cache/%s/user-%u/item-%u", regions[i & 3],
                   i / 7, i % 1000);
  strcpy(key + n, suffixes[(i >> 2) & 1]);
  uint32_t h = fnv1a(key, strlen(key));
#ifndef HAND_STACK
  free(key);
#endif
  return h;
}
