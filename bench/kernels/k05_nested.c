/* Nested objects: a packet struct that owns a separately allocated payload;
 * built, filled, checksummed and freed (payload first, then the packet). */
#include "../harness.h"

#define PAYLOAD 48

struct packet {
  uint16_t type;
  uint16_t len;
  uint8_t *payload;
};

#ifndef HAND_STACK
static struct packet *packet_new(uint16_t type, uint16_t len) {
  struct packet *p = malloc(sizeof *p);
  if (!p)
    return NULL;
  p->payload = malloc(len);
  if (!p->payload) {
    free(p);
    return NULL;
  }
  p->type = type;
  p->len = len;
  return p;
}

static void packet_free(struct packet *p) {
  if (p) {
    free(p->payload);
    free(p);
  }
}
#endif

static uint32_t packet_checksum(const struct packet *p) {
  uint32_t a = 1, b = 0;
  for (unsigned k = 0; k < p->len; k++) {
    a = (a + p->payload[k]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) ^ ((uint32_t)p->type << 24);
}

BENCH_KERNEL long bench_kernel(unsigned i) {
#ifdef HAND_STACK
  uint8_t payload[PAYLOAD];
  struct packet pk = {(uint16_t)(i & 7), PAYLOAD, payload}, *p = &pk;
#else
  struct packet *p = packet_new((uint16_t)(i & 7), PAYLOAD);
  if (!p)
    return -1;
#endif
  for (unsigned k = 0; k < p->len; k++)
    p->payload[k] = (uint8_t)(i * 31 + k * 7 + (k >> 3));
  long r = packet_checksum(p);
#ifndef HAND_STACK
  packet_free(p);
#endif
  return r;
}
