/* The program scripts/demo compiles: it summarises a batch of log lines
 * and keeps the slow requests. Most of its allocations are scratch memory
 * that never leaves the function that made it; Escape moves those to the
 * stack. The kept records escape into a global list and stay on the heap.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stats {
  long requests;
  long bytes;
  long slow;
};

struct record {
  struct record *next;
  char path[48];
  int millis;
};

static struct record *slow_requests;

static const char *const lines[] = {
    "GET /index.html 200 5120 12",  "GET /logo.png 200 20480 3",
    "POST /api/login 401 96 230",   "GET /api/items 200 8192 540",
    "GET /missing 404 0 1",         "PUT /api/items/7 204 0 75",
};

/* Parses one line into fields; the copy it tokenises is scratch. */
static int parse(const char *line, char *path, int *bytes, int *millis) {
  char *copy = malloc(64);
  if (!copy)
    return -1;
  snprintf(copy, 64, "%s", line);
  char *save = NULL;
  strtok_r(copy, " ", &save); /* method */
  const char *p = strtok_r(NULL, " ", &save);
  strtok_r(NULL, " ", &save); /* status */
  const char *b = strtok_r(NULL, " ", &save);
  const char *m = strtok_r(NULL, " ", &save);
  int ok = p && b && m;
  if (ok) {
    snprintf(path, 48, "%s", p);
    *bytes = atoi(b);
    *millis = atoi(m);
  }
  free(copy);
  return ok ? 0 : -1;
}

/* Summarises a batch; keeps requests slower than limit_ms. */
static void summarise(int rounds, int limit_ms, struct stats *out) {
  struct stats *s = calloc(1, sizeof *s);
  if (!s)
    return;
  for (int r = 0; r < rounds; r++) {
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
      char *path = malloc(48);
      int bytes, millis;
      if (parse(lines[i], path, &bytes, &millis) == 0) {
        s->requests++;
        s->bytes += bytes;
        if (millis > limit_ms && r == 0) {
          struct record *rec = malloc(sizeof *rec);
          memcpy(rec->path, path, sizeof rec->path);
          rec->millis = millis;
          rec->next = slow_requests;
          slow_requests = rec;
          s->slow++;
        }
      }
      free(path);
    }
  }
  *out = *s;
  free(s);
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 20000;
  struct stats st;
  summarise(rounds, 100, &st);
  printf("%ld requests, %ld bytes, %ld slow\n", st.requests, st.bytes,
         st.slow);
  for (struct record *r = slow_requests; r; r = r->next)
    printf("  slow: %s (%d ms)\n", r->path, r->millis);
  while (slow_requests) {
    struct record *next = slow_requests->next;
    free(slow_requests);
    slow_requests = next;
  }
  return 0;
}
