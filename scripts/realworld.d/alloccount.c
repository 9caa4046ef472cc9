/* alloccount.c: an LD_PRELOAD library that counts heap allocation calls per
 * call site, for scripts/realworld.
 *
 *   gcc -O2 -shared -fPIC -o alloccount.so alloccount.c -ldl
 *   ALLOCCOUNT_DIR=/tmp/counts ALLOCCOUNT_PREFIX=/path/to/build \
 *     LD_PRELOAD=$PWD/alloccount.so ./prog
 *
 * Wraps malloc, calloc, realloc, aligned_alloc, posix_memalign, memalign,
 * valloc, strdup and strndup, and counts each call under the return address
 * of its caller. At exit a process whose executable path starts with
 * ALLOCCOUNT_PREFIX (all processes when it is unset) appends to
 * $ALLOCCOUNT_DIR/<pid>.txt:
 *
 *   P <executable>
 *   <function> <calls> <object file> <hex offset of the return address>
 *
 * The offset is relative to the object's load bias, so `offset - 1` can be
 * given to llvm-symbolizer/addr2line together with the object file. Without
 * ALLOCCOUNT_DIR the library only forwards calls.
 *
 * Bootstrap: dlsym() itself may call calloc before the real functions are
 * known; those calls are served from a small static arena that free() and
 * realloc() recognise. strdup/strndup are implemented here on top of the
 * real malloc, so the malloc inside them is not counted twice. A forked
 * child starts with empty counts (pthread_atfork), so nothing is counted
 * twice across fork.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { K_MALLOC, K_CALLOC, K_REALLOC, K_ALIGNED_ALLOC, K_POSIX_MEMALIGN,
       K_MEMALIGN, K_VALLOC, K_STRDUP, K_STRNDUP, K_COUNT };
static const char *const kind_name[K_COUNT] = {
    "malloc", "calloc", "realloc", "aligned_alloc", "posix_memalign",
    "memalign", "valloc", "strdup", "strndup"};

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static void *(*real_aligned_alloc)(size_t, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void *(*real_memalign)(size_t, size_t);
static void *(*real_valloc)(size_t);

/* ---- bootstrap arena (dlsym's own allocations) ---- */
static _Alignas(16) unsigned char arena[64 * 1024];
static size_t arena_used;

static int in_arena(const void *p) {
  return (const unsigned char *)p >= arena &&
         (const unsigned char *)p < arena + sizeof arena;
}

static void *arena_alloc(size_t n) {
  size_t need = (n + 15) / 16 * 16 + 16;
  if (arena_used + need > sizeof arena)
    return NULL;
  unsigned char *p = arena + arena_used;
  arena_used += need;
  *(size_t *)p = n;
  return p + 16; /* arena memory is zero: fine for calloc too */
}

static size_t arena_size(const void *p) {
  return *(const size_t *)((const unsigned char *)p - 16);
}

static int resolving;
static void resolve(void) {
  if (real_malloc || resolving)
    return;
  resolving = 1;
  real_calloc = dlsym(RTLD_NEXT, "calloc");
  real_realloc = dlsym(RTLD_NEXT, "realloc");
  real_free = dlsym(RTLD_NEXT, "free");
  real_aligned_alloc = dlsym(RTLD_NEXT, "aligned_alloc");
  real_posix_memalign = dlsym(RTLD_NEXT, "posix_memalign");
  real_memalign = dlsym(RTLD_NEXT, "memalign");
  real_valloc = dlsym(RTLD_NEXT, "valloc");
  void *m = dlsym(RTLD_NEXT, "malloc");
  __atomic_store_n(&real_malloc, m, __ATOMIC_RELEASE);
  resolving = 0;
}

/* ---- the table: (return address, kind) -> calls ---- */
#define TABLE_SIZE (1u << 16)
struct entry {
  uintptr_t addr;
  unsigned kind;
  unsigned long long calls;
};
static struct entry table[TABLE_SIZE];
static unsigned long long dropped;
static int lock;
static int enabled = -1; /* -1: not yet decided */
static __thread int busy; /* inside our own code: do not count */

static int counting(void) {
  if (enabled < 0) {
    const char *d = getenv("ALLOCCOUNT_DIR");
    enabled = d && *d;
  }
  return enabled && !busy;
}

static void record(unsigned kind, void *ret) {
  uintptr_t a = (uintptr_t)ret;
  size_t h = (size_t)((a * 0x9E3779B97F4A7C15ull) >> 48) ^ kind;
  while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE))
    ;
  for (size_t i = 0; i < TABLE_SIZE; i++) {
    struct entry *e = &table[(h + i) & (TABLE_SIZE - 1)];
    if (e->addr == a && e->kind == kind) {
      e->calls++;
      goto out;
    }
    if (e->addr == 0) {
      e->addr = a;
      e->kind = kind;
      e->calls = 1;
      goto out;
    }
  }
  dropped++;
out:
  __atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
}

#define COUNT(kind)                                                          \
  do {                                                                       \
    if (counting())                                                          \
      record(kind, __builtin_return_address(0));                             \
  } while (0)

/* ---- the wrappers ---- */
void *malloc(size_t n) {
  if (!real_malloc) {
    resolve();
    if (!real_malloc)
      return arena_alloc(n);
  }
  COUNT(K_MALLOC);
  return real_malloc(n);
}

void *calloc(size_t n, size_t m) {
  if (!real_malloc) {
    resolve();
    if (!real_malloc) {
      if (m && n > (size_t)-1 / m)
        return NULL;
      return arena_alloc(n * m);
    }
  }
  COUNT(K_CALLOC);
  return real_calloc(n, m);
}

void *realloc(void *p, size_t n) {
  if (!real_malloc)
    resolve();
  if (p && in_arena(p)) {
    void *q = real_malloc ? real_malloc(n) : arena_alloc(n);
    size_t old = arena_size(p);
    if (q)
      memcpy(q, p, old < n ? old : n);
    return q;
  }
  if (!real_realloc)
    return arena_alloc(n);
  COUNT(K_REALLOC);
  return real_realloc(p, n);
}

void free(void *p) {
  if (!p || in_arena(p))
    return;
  if (!real_free)
    resolve();
  if (real_free)
    real_free(p);
}

void *aligned_alloc(size_t al, size_t n) {
  resolve();
  COUNT(K_ALIGNED_ALLOC);
  return real_aligned_alloc(al, n);
}

int posix_memalign(void **out, size_t al, size_t n) {
  resolve();
  COUNT(K_POSIX_MEMALIGN);
  return real_posix_memalign(out, al, n);
}

void *memalign(size_t al, size_t n) {
  resolve();
  COUNT(K_MEMALIGN);
  return real_memalign(al, n);
}

void *valloc(size_t n) {
  resolve();
  COUNT(K_VALLOC);
  return real_valloc(n);
}

static char *dup_n(const char *s, size_t n) {
  char *d;
  resolve();
  d = real_malloc(n + 1);
  if (!d) {
    errno = ENOMEM;
    return NULL;
  }
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

char *strdup(const char *s) {
  COUNT(K_STRDUP);
  return dup_n(s, strlen(s));
}

char *__strdup(const char *s) {
  COUNT(K_STRDUP);
  return dup_n(s, strlen(s));
}

char *strndup(const char *s, size_t n) {
  COUNT(K_STRNDUP);
  return dup_n(s, strnlen(s, n));
}

char *__strndup(const char *s, size_t n) {
  COUNT(K_STRNDUP);
  return dup_n(s, strnlen(s, n));
}

/* ---- the dump ---- */
struct locate {
  uintptr_t addr;
  const char *name;
  uintptr_t bias;
  int found;
};

static int locate_cb(struct dl_phdr_info *info, size_t size, void *data) {
  struct locate *l = data;
  (void)size;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD)
      continue;
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    if (l->addr >= lo && l->addr < lo + ph->p_memsz) {
      l->name = info->dlpi_name;
      l->bias = info->dlpi_addr;
      l->found = 1;
      return 1;
    }
  }
  return 0;
}

static char out_buf[1 << 16];
static size_t out_len;
static int out_fd = -1;

static void out_flush(void) {
  size_t off = 0;
  while (off < out_len) {
    ssize_t w = write(out_fd, out_buf + off, out_len - off);
    if (w <= 0)
      break;
    off += (size_t)w;
  }
  out_len = 0;
}

static void out_line(const char *line) {
  size_t n = strlen(line);
  if (out_len + n > sizeof out_buf)
    out_flush();
  memcpy(out_buf + out_len, line, n);
  out_len += n;
}

__attribute__((destructor)) static void dump(void) {
  const char *dir = getenv("ALLOCCOUNT_DIR");
  const char *prefix = getenv("ALLOCCOUNT_PREFIX");
  static char exe[4096], path[4200], line[8400];
  ssize_t n;
  if (!dir || !*dir)
    return;
  busy = 1;
  n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n < 0)
    return;
  exe[n] = 0;
  if (prefix && *prefix && strncmp(exe, prefix, strlen(prefix)) != 0)
    return;
  snprintf(path, sizeof path, "%s/%d.txt", dir, (int)getpid());
  out_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (out_fd < 0)
    return;
  snprintf(line, sizeof line, "P %s\n", exe);
  out_line(line);
  if (dropped) {
    snprintf(line, sizeof line, "dropped %llu - 0\n", dropped);
    out_line(line);
  }
  for (size_t i = 0; i < TABLE_SIZE; i++) {
    struct entry *e = &table[i];
    if (!e->addr)
      continue;
    struct locate l = {e->addr, NULL, 0, 0};
    dl_iterate_phdr(locate_cb, &l);
    static char abs_obj[4096];
    const char *obj = !l.found ? "?" : (l.name && *l.name) ? l.name : exe;
    /* A library found through a relative LD_LIBRARY_PATH entry has a
       relative name: make it absolute (the working directory at exit is
       almost always the one it was loaded from). */
    if (obj[0] != '/' && obj[0] != '?' && realpath(obj, abs_obj))
      obj = abs_obj;
    snprintf(line, sizeof line, "%s %llu %s 0x%llx\n", kind_name[e->kind],
             e->calls, obj,
             (unsigned long long)(l.found ? e->addr - l.bias : e->addr));
    out_line(line);
  }
  out_flush();
  close(out_fd);
}

static void child_after_fork(void) {
  memset(table, 0, sizeof table);
  dropped = 0;
  lock = 0;
}

__attribute__((constructor)) static void init(void) {
  resolve();
  pthread_atfork(NULL, NULL, child_after_fork);
}
