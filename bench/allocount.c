/* allocount.c: counts heap allocations, for LD_PRELOAD.
 *
 *   gcc -O2 -shared -fPIC -o allocount.so allocount.c -ldl
 *   LD_PRELOAD=./allocount.so ./prog
 *
 * Wraps malloc, calloc, realloc, reallocarray, aligned_alloc, memalign,
 * posix_memalign, valloc, strdup and strndup, forwards each to the next
 * definition (dlsym(RTLD_NEXT)) and counts the calls. At exit it writes one
 * line to stderr:
 *
 *   allocount: total=N malloc=N calloc=N realloc=N aligned=N strdup=N
 *
 * strdup and strndup are implemented here on top of the real malloc, so a
 * string duplicate counts once (glibc's own strdup would call the wrapped
 * malloc and count twice). "aligned" adds up aligned_alloc, memalign,
 * posix_memalign and valloc. Allocations libc makes for itself (the stdout
 * buffer, ...) are counted too: scripts/bench subtracts a run with zero
 * kernel calls to exclude them.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void *(*real_reallocarray)(void *, size_t, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);
static void *(*real_memalign)(size_t, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void *(*real_valloc)(size_t);
static void (*real_free)(void *);

static unsigned long n_malloc, n_calloc, n_realloc, n_aligned, n_strdup;

/* dlsym may allocate (its error buffer) before the real functions are
 * known: serve those requests from a static arena that is never freed. */
static _Alignas(16) char arena[8192];
static size_t arena_used;
static int resolving;

static void *arena_alloc(size_t n) {
  size_t start = (arena_used + 15) & ~(size_t)15;
  if (start + n > sizeof arena)
    return NULL;
  arena_used = start + n;
  return arena + start;
}

static int in_arena(const void *p) {
  return (const char *)p >= arena && (const char *)p < arena + sizeof arena;
}

static void resolve(void) {
  if (real_free || resolving)
    return;
  resolving = 1;
  real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
  real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
  real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
  real_reallocarray =
      (void *(*)(void *, size_t, size_t))dlsym(RTLD_NEXT, "reallocarray");
  real_aligned_alloc =
      (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
  real_memalign = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "memalign");
  real_posix_memalign =
      (int (*)(void **, size_t, size_t))dlsym(RTLD_NEXT, "posix_memalign");
  real_valloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "valloc");
  real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
  resolving = 0;
}

void *malloc(size_t n) {
  resolve();
  if (!real_malloc)
    return arena_alloc(n);
  n_malloc++;
  return real_malloc(n);
}

void *calloc(size_t n, size_t size) {
  resolve();
  if (!real_calloc) {
    /* The arena is static storage, zero and never reused. */
    if (size && n > (size_t)-1 / size)
      return NULL;
    return arena_alloc(n * size);
  }
  n_calloc++;
  return real_calloc(n, size);
}

void *realloc(void *p, size_t n) {
  resolve();
  if (in_arena(p)) {
    void *q = malloc(n);
    if (q)
      memcpy(q, p, n < sizeof arena ? n : sizeof arena);
    return q;
  }
  n_realloc++;
  return real_realloc(p, n);
}

void *reallocarray(void *p, size_t n, size_t size) {
  resolve();
  n_realloc++;
  return real_reallocarray(p, n, size);
}

void *aligned_alloc(size_t align, size_t n) {
  resolve();
  n_aligned++;
  return real_aligned_alloc(align, n);
}

void *memalign(size_t align, size_t n) {
  resolve();
  n_aligned++;
  return real_memalign(align, n);
}

int posix_memalign(void **out, size_t align, size_t n) {
  resolve();
  n_aligned++;
  return real_posix_memalign(out, align, n);
}

void *valloc(size_t n) {
  resolve();
  n_aligned++;
  return real_valloc(n);
}

char *strdup(const char *s) {
  resolve();
  size_t n = strlen(s) + 1;
  char *p = real_malloc(n);
  n_strdup++;
  if (p)
    memcpy(p, s, n);
  return p;
}

char *strndup(const char *s, size_t max) {
  resolve();
  size_t n = strnlen(s, max);
  char *p = real_malloc(n + 1);
  n_strdup++;
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

void free(void *p) {
  if (!p || in_arena(p))
    return;
  resolve();
  real_free(p);
}

__attribute__((destructor)) static void report(void) {
  char line[200];
  unsigned long total = n_malloc + n_calloc + n_realloc + n_aligned + n_strdup;
  int len = snprintf(line, sizeof line,
                     "allocount: total=%lu malloc=%lu calloc=%lu realloc=%lu "
                     "aligned=%lu strdup=%lu\n",
                     total, n_malloc, n_calloc, n_realloc, n_aligned, n_strdup);
  if (len > 0 && write(2, line, (size_t)len) < 0)
    return;
}
