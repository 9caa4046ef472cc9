/* Iteration-local buffer: each record of a batch is rendered as a CSV line
 * into a buffer allocated and freed inside the loop, then checksummed. */
#include "../harness.h"

#define RECORDS 4
#define LINE_MAX 64

static int put_uint(char *dst, uint32_t v) {
  char tmp[10];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  for (int k = 0; k < n; k++)
    dst[k] = tmp[n - 1 - k];
  return n;
}

static int render_record(char *line, unsigned id, unsigned qty,
                         unsigned price) {
  int n = put_uint(line, id);
  line[n++] = ',';
  n += put_uint(line + n, qty);
  line[n++] = ',';
  n += put_uint(line + n, price);
  line[n++] = '\n';
  return n;
}

static uint32_t checksum(const char *s, int n) {
  uint32_t a = 1, b = 0;
  for (int k = 0; k < n; k++) {
    a = (a + (unsigned char)s[k]) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

BENCH_KERNEL long bench_kernel(unsigned i) {
  long total = 0;
  for (unsigned r = 0; r < RECORDS; r++) {
#ifdef HAND_STACK
    char line[LINE_MAX];
#else
    char *line = malloc(LINE_MAX);
    if (!line)
      return -1;
#endif
    unsigned id = i * RECORDS + r;
    int n =
        render_record(line, id, (unsigned)bench_data[id % BENCH_DATA_N] & 255,
                      id * 2654435761u >> 12);
    total += checksum(line, n);
#ifndef HAND_STACK
    free(line);
#endif
  }
  return total;
}
