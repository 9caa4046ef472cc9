#!/usr/bin/env python3
"""gen.py: random C programs that allocate on the heap, for Escape's
differential fuzzing (scripts/fuzz).

  gen.py SEED [UNIT]   writes one program to stdout

A program is a fixed header, 3-7 random "units" (functions that allocate in
one of many shapes: buffers, lists, trees, loops, out-parameters, helpers
that free, realloc growth, escapes through globals, qsort, unions, ...) and a
main that prints each unit's checksum. Programs are free of undefined
behaviour by construction and print values, never addresses, so every
correct compilation prints the same thing. UNIT picks one shape (u_NAME).
"""
import random, sys

HDR = r'''#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
struct node { int val; struct node *next; };
struct tree { int key; struct tree *l, *r; };
struct rec { int a; int b; char *name; int *data; };
struct pair { int *p; int n; };
union uu { int i; unsigned u; char *s; int *ip; };
static unsigned mix(unsigned h, unsigned v) { return (h ^ v) * 16777619u + 0x9e37u; }
static unsigned strsum(const char *s) { unsigned h = 7; while (*s) h = mix(h, (unsigned char)*s++); return h; }
'''

class G:
    def __init__(s, seed):
        s.r = random.Random(seed)
        s.k = 0
    def c(s, *xs): return s.r.choice(xs)
    def i(s, a, b): return s.r.randint(a, b)
    def cnt(s, n):
        return str(n) if s.r.random() < 0.5 else "(%d + (int)(x & 1))" % n
    def hq(s):  # helper qualifier
        return s.c("static ", "static ", "static inline ", "__attribute__((noinline)) ",
                   "static __attribute__((noinline)) ", "")
    def eq(s):  # entry qualifier
        return s.c("static ", "static ", "__attribute__((noinline)) ", "static __attribute__((noinline)) ", "")
    def alloc_bytes(s, n, allow_calloc=True):
        opts = ["malloc(%d)" % n]
        if allow_calloc: opts.append("calloc(%d, 1)" % n)
        if n % 16 == 0: opts.append("aligned_alloc(16, %d)" % n)
        if s.r.random() < 0.08: opts = ["malloc(%d)" % (n + 5000)]  # too large
        return s.c(*opts)
    def nullchk(s, v, ret="return 0;"):
        return s.c("", "", "if (!%s) %s" % (v, ret))

# ---------------------------------------------------------------- units
def u_buf(g, k):
    n = g.c(8, 16, 32, 48, 64, 100, 256, 1024)
    a = g.alloc_bytes(n)
    fill = g.c("memset(b, %d, %d);" % (g.i(0, 255), n),
               "for (int i = 0; i < %d; i++) b[i] = (unsigned char)(x + i * %d);" % (n, g.i(1, 97)))
    fr = g.c("free(b);", "if (b) free(b);", "if (b != NULL) { free(b); b = NULL; }")
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned char *b = {a};
  {g.nullchk("b")}
  {fill}
  b[x % {n}] ^= 0x5a;
  unsigned h = 0;
  for (int i = 0; i < {n}; i++) h = mix(h, b[i]);
  {fr}
  return h;
}}
'''

def u_struct(g, k):
    m = g.i(1, 12)
    lit = g.c("abc", "hello world", "x", "escape-me")
    nm = g.c('strdup("%s")' % lit, 'strndup("%s", %d)' % (lit, g.i(0, 12)))
    return f'''{g.hq()}void fill{k}(struct rec *r, unsigned x) {{ r->a = (int)(x & 1023); r->b = (int)(x % 77) * 3; r->data = NULL; r->name = NULL; }}
{g.hq()}unsigned use{k}(const struct rec *r) {{ unsigned h = mix((unsigned)r->a, (unsigned)r->b); if (r->data) for (int i = 0; i < {m}; i++) h = mix(h, (unsigned)r->data[i]); if (r->name) h = mix(h, strsum(r->name)); return h; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct rec *r = {g.c("malloc(sizeof *r)", "calloc(1, sizeof(struct rec))", "malloc(sizeof(struct rec))")};
  {g.nullchk("r")}
  fill{k}(r, x);
  r->data = {g.c("malloc(%d * sizeof(int))" % m, "calloc(%d, sizeof(int))" % m)};
  for (int i = 0; i < {m}; i++) r->data[i] = (int)(x % 1000) + i * {g.i(1, 9)};
  r->name = {nm};
  unsigned h = use{k}(r);
  free(r->name); free(r->data); free(r);
  return h;
}}
'''

def u_list(g, k):
    n = g.i(1, 20)
    push = g.c(0, 1, 2)
    pre = ""
    if push == 1:
        pre = f'''{g.hq()}void push{k}(struct node **hp, int v) {{ struct node *n = malloc(sizeof *n); n->val = v; n->next = *hp; *hp = n; }}
'''
        body = f"push{k}(&head, (int)(x % 100) + i);"
    elif push == 2:
        pre = f'''{g.hq()}struct node *mk{k}(int v, struct node *nx) {{ struct node *n = malloc(sizeof(struct node)); n->val = v; n->next = nx; return n; }}
'''
        body = f"head = mk{k}((int)(x % 100) + i, head);"
    else:
        body = "struct node *n = malloc(sizeof *n); n->val = (int)(x % 100) + i; n->next = head; head = n;"
    return pre + f'''{g.eq()}unsigned u{k}(unsigned x) {{
  struct node *head = NULL;
  for (int i = 0; i < {g.cnt(n)}; i++) {{ {body} }}
  unsigned h = 0;
  for (struct node *p = head; p; p = p->next) h = mix(h, (unsigned)p->val);
  while (head) {{ struct node *t = head->next; free(head); head = t; }}
  return h;
}}
'''

def u_tree(g, k):
    n = g.i(1, 12)
    return f'''static struct tree *ins{k}(struct tree *t, int key) {{
  if (!t) {{ t = malloc(sizeof *t); t->key = key; t->l = t->r = NULL; return t; }}
  if (key < t->key) t->l = ins{k}(t->l, key); else t->r = ins{k}(t->r, key);
  return t;
}}
static unsigned sum{k}(const struct tree *t, int d) {{ return t ? mix(mix(sum{k}(t->l, d + 1), (unsigned)(t->key * d)), sum{k}(t->r, d + 1)) : 1u; }}
static void del{k}(struct tree *t) {{ if (t) {{ del{k}(t->l); del{k}(t->r); free(t); }} }}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct tree *root = NULL;
  for (int i = 0; i < {n}; i++) root = ins{k}(root, (int)((x + i * {g.i(3, 41)}u) % {g.i(5, 50)}u));
  unsigned h = sum{k}(root, 1);
  del{k}(root);
  return h;
}}
'''

def u_ptrarr(g, k):
    K = g.i(1, 6); m = g.i(1, 8)
    if g.r.random() < 0.5:
        decl = f"int **arr = malloc({K} * sizeof *arr);"; fin = "free(arr);"
    else:
        decl = f"int *arr[{K}];"; fin = ""
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  {decl}
  for (int i = 0; i < {K}; i++) {{ arr[i] = malloc({m} * sizeof(int)); for (int j = 0; j < {m}; j++) arr[i][j] = (int)(x % 50) * i + j; }}
  unsigned h = 0;
  for (int i = 0; i < {K}; i++) for (int j = 0; j < {m}; j++) h = mix(h, (unsigned)arr[i][j]);
  for (int i = 0; i < {K}; i++) free(arr[i]);
  {fin}
  return h;
}}
'''

def u_str(g, k):
    n = g.c(32, 48, 64, 128)
    L = g.i(0, 20)
    extra = g.c("", f'char *e = strndup(b, {L}); h = mix(h, strsum(e)); h = mix(h, (unsigned)strlen(e)); free(e);',
                'char *e = strdup("lit"); strcpy(e, "LIT"); h = mix(h, strsum(e)); free(e);')
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  char *b = {g.c("malloc(%d)" % n, "calloc(%d, 1)" % n)};
  snprintf(b, {n}, "v%u:%d-%s", x, {g.i(-50, 50)}, "{g.c("ab", "xyz", "")}");
  char *d = strdup(b);
  char *c = malloc({n} + 8);
  strcpy(c, d); strcat(c, "{g.c("q", "zz", "")}");
  unsigned h = mix(strsum(b), strsum(c));
  h = mix(h, (unsigned)strlen(d));
  {extra}
  if (strcmp(b, d) == 0) h = mix(h, 1);
  free(c); free(d); free(b);
  return h;
}}
'''

def u_loop_same(g, k):
    n = g.i(1, 12); s = g.c(4, 8, 16, 40)
    brk = g.c("", f"if (i == {g.i(0, n)}) {{ free(t); continue; }}", f"if (i == {g.i(0, n)}) {{ h = mix(h, t[0]); free(t); break; }}")
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned h = 0;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    int *t = {g.c("malloc(%d * sizeof(int))" % s, "calloc(%d, sizeof(int))" % s)};
    {g.nullchk("t", "break;")}
    for (int j = 0; j < {s}; j++) t[j] = (int)x + i * j;
    {brk}
    for (int j = 0; j < {s}; j++) h = mix(h, (unsigned)t[j]);
    free(t);
  }}
  return h;
}}
'''

def u_loop_next(g, k):
    n = g.i(1, 10); s = g.c(2, 4, 8)
    v = g.c(0, 1, 2)
    if v == 0:  # freed at top of next iteration
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned h = 0; int *prev = NULL;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    if (prev) h = mix(h, (unsigned)prev[0] + (unsigned)prev[{s - 1}]);
    free(prev);
    prev = malloc({s} * sizeof(int));
    prev[0] = (int)x + i; prev[{s - 1}] = i * 7;
  }}
  if (prev) h = mix(h, (unsigned)prev[0]);
  free(prev);
  return h;
}}
'''
    if v == 1:  # double buffering: cur and next live together
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *cur = malloc({s} * sizeof(int));
  for (int j = 0; j < {s}; j++) cur[j] = (int)(x % 13) + j;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    int *nx = malloc({s} * sizeof(int));
    for (int j = 0; j < {s}; j++) nx[j] = cur[j] * 3 + cur[({s} - 1) - j] + i;
    free(cur);
    cur = nx;
  }}
  unsigned h = 0;
  for (int j = 0; j < {s}; j++) h = mix(h, (unsigned)cur[j]);
  free(cur);
  return h;
}}
'''
    # keep one of the iterations
    kk = g.i(0, n - 1)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *keep = NULL; unsigned h = 0;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    int *t = malloc({s} * sizeof(int));
    t[0] = (int)x * i; t[{s - 1}] = i;
    if (i == {kk} + (int)(x % 2) && !keep) keep = t; else {{ h = mix(h, (unsigned)t[0]); free(t); }}
  }}
  if (keep) {{ h = mix(h, (unsigned)keep[0] + (unsigned)keep[{s - 1}]); free(keep); }}
  return h;
}}
'''

def u_outparam(g, k):
    c = g.i(1, 16)
    return f'''{g.hq()}int make{k}(int **out, unsigned x) {{
  int *p = malloc({c} * sizeof(int));
  if (!p) return -1;
  for (int i = 0; i < {c}; i++) p[i] = (int)(x % 31) * i + 1;
  *out = p;
  return {c};
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  int *p = NULL;
  int n = make{k}(&p, x);
  unsigned h = 0;
  for (int i = 0; i < n; i++) h = mix(h, (unsigned)p[i]);
  free(p);
  return h;
}}
'''

def u_fresh(g, k):
    return f'''{g.hq()}struct rec *newrec{k}(int a) {{
  struct rec *r = malloc(sizeof *r);
  r->a = a; r->b = a * 2; r->name = strdup("{g.c("n", "nm", "name")}"); r->data = NULL;
  return r;
}}
{g.hq()}char *cat{k}(const char *a, const char *b) {{
  size_t la = strlen(a), lb = strlen(b);
  char *s = malloc(la + lb + 1);
  memcpy(s, a, la); memcpy(s + la, b, lb + 1);
  return s;
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct rec *r = newrec{k}((int)(x % 500));
  char *s = cat{k}(r->name, "{g.c("-a", "_bb", "")}");
  unsigned h = mix(strsum(s), (unsigned)(r->a + r->b));
  free(s); free(r->name); free(r);
  return h;
}}
'''

def u_consume(g, k):
    s = g.i(2, 10)
    v = g.c(0, 1)
    if v == 0:
        return f'''{g.hq()}unsigned consume{k}(int *p) {{ unsigned s = (unsigned)(p[0] + p[1]); free(p); return s; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  int *p = malloc({s} * sizeof(int));
  p[0] = (int)(x % 99); p[1] = 3;
  return consume{k}(p);
}}
'''
    return f'''{g.hq()}int maybe_free{k}(int *p, int c) {{ if (c) {{ free(p); return 1; }} return 0; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  int *p = malloc({s} * sizeof(int));
  p[0] = (int)(x % 99); p[1] = 5;
  unsigned h = (unsigned)(p[0] * p[1]);
  if (!maybe_free{k}(p, (int)(x & 1))) {{ h = mix(h, (unsigned)p[1]); free(p); }}
  return h;
}}
'''

def u_realloc(g, k):
    n = g.i(1, 40)
    init = g.c("malloc(2 * sizeof(int))", "realloc(NULL, 2 * sizeof(int))", "calloc(2, sizeof(int))")
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int cap = 2, n = 0;
  int *v = {init};
  if (!v) return 0;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    if (n == cap) {{ cap *= 2; int *nv = realloc(v, (size_t)cap * sizeof(int)); if (!nv) {{ free(v); return 0; }} v = nv; }}
    v[n++] = (int)(x % 1000) - i * 3;
  }}
  unsigned h = (unsigned)cap;
  for (int i = 0; i < n; i++) h = mix(h, (unsigned)v[i]);
  free(v);
  return h;
}}
'''

def u_global(g, k):
    v = g.c(0, 1, 2)
    if v == 0:
        return f'''static int *g_keep{k};
{g.hq()}void stash{k}(unsigned x) {{
  int *p = malloc({g.i(2, 8)} * sizeof(int));
  p[0] = (int)(x % 77); p[1] = 11;
  if (x & {g.c(1, 2, 4)}) g_keep{k} = p; else free(p);
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  stash{k}(x);
  unsigned h = 1;
  if (g_keep{k}) {{ h = mix((unsigned)g_keep{k}[0], (unsigned)g_keep{k}[1]); free(g_keep{k}); g_keep{k} = NULL; }}
  return h;
}}
'''
    if v == 1:
        return f'''static uintptr_t g_addr{k};
{g.hq()}void hide{k}(unsigned x) {{ int *p = malloc(4 * sizeof(int)); p[0] = (int)x & 255; p[3] = 9; g_addr{k} = (uintptr_t)p; }}
{g.hq()}unsigned reveal{k}(void) {{ int *p = (int *)g_addr{k}; unsigned h = mix((unsigned)p[0], (unsigned)p[3]); free(p); g_addr{k} = 0; return h; }}
{g.eq()}unsigned u{k}(unsigned x) {{ hide{k}(x); return reveal{k}(); }}
'''
    return f'''static struct node *g_list{k};
{g.hq()}void add{k}(int v) {{ struct node *n = malloc(sizeof *n); n->val = v; n->next = g_list{k}; g_list{k} = n; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  for (int i = 0; i < {g.i(1, 5)}; i++) add{k}((int)(x % 50) + i);
  unsigned h = 0;
  while (g_list{k}) {{ struct node *t = g_list{k}; g_list{k} = t->next; h = mix(h, (unsigned)t->val); free(t); }}
  return h;
}}
'''

def u_qsort(g, k):
    n = g.i(1, 30)
    if g.r.random() < 0.5:
        return f'''static int cmp{k}(const void *a, const void *b) {{ int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }}
{g.eq()}unsigned u{k}(unsigned x) {{
  int *v = malloc({n} * sizeof(int));
  for (int i = 0; i < {n}; i++) v[i] = (int)((x * 2654435761u + (unsigned)i * 40503u) % 1000u);
  qsort(v, {n}, sizeof(int), cmp{k});
  unsigned h = 0;
  for (int i = 0; i < {n}; i++) h = mix(h, (unsigned)v[i]);
  free(v);
  return h;
}}
'''
    return f'''static const struct node *g_last{k};
static int cmp{k}(const void *a, const void *b) {{
  const struct node *x = *(struct node *const *)a, *y = *(struct node *const *)b;
  g_last{k} = x;
  return (x->val > y->val) - (x->val < y->val);
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct node **v = malloc({n} * sizeof *v);
  for (int i = 0; i < {n}; i++) {{ v[i] = malloc(sizeof(struct node)); v[i]->val = (int)((x + (unsigned)i * 7919u) % 97u); v[i]->next = NULL; }}
  g_last{k} = NULL;
  qsort(v, {n}, sizeof *v, cmp{k});
  unsigned h = g_last{k} ? 1u : 0u;
  for (int i = 0; i < {n}; i++) {{ h = mix(h, (unsigned)v[i]->val); free(v[i]); }}
  g_last{k} = NULL;
  free(v);
  return h;
}}
'''

def u_ptrcmp(g, k):
    n = g.c(16, 33, 64, 200)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  char *b = malloc({n});
  memset(b, 'a' + (int)(x % 20), {n} - 1); b[{n} - 1] = 0;
  b[x % ({n} - 1)] = '#';
  char *end = b + {n} - 1, *mid = b + {n} / 2;
  unsigned cnt = 0;
  for (char *q = b; q < end; q++) if (q >= mid && *q != '#') cnt++;
  char *hash = memchr(b, '#', {n});
  unsigned h = mix(cnt, (unsigned)(hash - b));
  h = mix(h, (unsigned)(end > mid) + (unsigned)(hash < mid) * 2u + (unsigned)(strchr(b, '#') == hash) * 4u);
  free(b);
  return h;
}}
'''

def u_union(g, k):
    K = g.i(1, 8)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  union uu *p = malloc({K} * sizeof *p);
  for (int i = 0; i < {K}; i++) p[i].i = (int)(x % 1000) * i - 3;
  unsigned h = 0;
  for (int i = 0; i < {K}; i++) h = mix(h, p[i].u);
  p[0].s = strdup("{g.c("u", "union", "abcdef")}");
  h = mix(h, strsum(p[0].s));
  free(p[0].s);
  union uu loc; loc.ip = malloc(2 * sizeof(int)); loc.ip[0] = (int)x; loc.ip[1] = 4;
  h = mix(h, (unsigned)(loc.ip[0] + loc.ip[1]));
  free(loc.ip);
  free(p);
  return h;
}}
'''

def u_memcpy(g, k):
    v = g.c(0, 1, 2)
    if v == 0:
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  struct rec *a = malloc(sizeof *a);
  a->a = (int)(x % 100); a->b = 2; a->name = NULL; a->data = malloc(4 * sizeof(int));
  for (int i = 0; i < 4; i++) a->data[i] = i + a->a;
  struct rec *b = malloc(sizeof *b);
  memcpy(b, a, sizeof *a);
  b->data[1] = 7;
  unsigned h = mix((unsigned)a->data[1], (unsigned)b->a);
  free(b->data); free(a); free(b);
  return h;
}}
'''
    if v == 1:
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  struct rec *a = malloc(sizeof *a);
  a->a = (int)(x % 100); a->b = 5; a->data = malloc(3 * sizeof(int)); a->name = strdup("cp");
  a->data[0] = 1; a->data[1] = 2; a->data[2] = a->a;
  struct rec tmp = *a;
  free(a);
  unsigned h = mix((unsigned)tmp.data[2], strsum(tmp.name));
  free(tmp.data); free(tmp.name);
  return h;
}}
'''
    return f'''static struct rec g_rec{k};
{g.hq()}void save{k}(unsigned x) {{
  struct rec *a = malloc(sizeof *a);
  a->a = (int)(x % 100); a->b = 1; a->name = NULL; a->data = malloc(2 * sizeof(int));
  a->data[0] = a->a; a->data[1] = 8;
  memcpy(&g_rec{k}, a, sizeof *a);
  free(a);
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  save{k}(x);
  unsigned h = mix((unsigned)g_rec{k}.data[0], (unsigned)g_rec{k}.data[1]);
  free(g_rec{k}.data); g_rec{k}.data = NULL;
  return h;
}}
'''

def u_recur(g, k):
    d = g.i(0, 6); s = g.c(2, 4, 8)
    return f'''static unsigned rec{k}(int d, int *acc) {{
  int *b = malloc({s} * sizeof(int));
  b[0] = d; b[1] = d * 3;
  unsigned h = d > 0 ? rec{k}(d - 1, b) : 1u;
  h = mix(h, (unsigned)(b[0] + (acc ? acc[0] : 0)));
  if (acc) acc[0] += b[1];
  free(b);
  return h;
}}
{g.eq()}unsigned u{k}(unsigned x) {{ int a[1]; a[0] = (int)(x % 10); unsigned h = rec{k}({d}, a); return mix(h, (unsigned)a[0]); }}
'''

def u_fnptr(g, k):
    s = g.i(2, 8)
    return f'''static int *g_fp{k};
static int fa{k}(int *p, int n) {{ return p[0] + n; }}
static int fb{k}(int *p, int n) {{ (void)n; free(p); return -1; }}
static int fc{k}(int *p, int n) {{ g_fp{k} = p; return n; }}
static int (*const tab{k}[3])(int *, int) = {{ fa{k}, fb{k}, fc{k} }};
{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned h = 0;
  for (int i = 0; i < 3; i++) {{
    int *p = malloc({s} * sizeof(int));
    p[0] = (int)(x % 10) + i;
    int (*f)(int *, int) = tab{k}[(x + (unsigned)i) % 3];
    int r = f(p, i);
    h = mix(h, (unsigned)r);
    if (r >= 0 && f != fc{k}) free(p);
  }}
  if (g_fp{k}) {{ h = mix(h, (unsigned)g_fp{k}[0]); free(g_fp{k}); g_fp{k} = NULL; }}
  return h;
}}
'''

def u_aligned(g, k):
    al = g.c(16, 32, 64, 128)
    n = al * g.i(1, 4)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  double *d = aligned_alloc({al}, {n});
  for (int i = 0; i < {n // 8}; i++) d[i] = (double)(x % 100) * 0.5 + i;
  unsigned h = (unsigned)(((uintptr_t)d % {al}) == 0);
  for (int i = 0; i < {n // 8}; i++) h = mix(h, (unsigned)(d[i] * 2.0));
  free(d);
  return h;
}}
'''

def u_phi(g, k):
    v = g.c(0, 1, 2)
    if v == 0:
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *a = malloc(4 * sizeof(int)), *b = malloc(8 * sizeof(int));
  a[0] = 1; b[0] = 2;
  int *p = (x & 1) ? a : b, *q = (x & 1) ? b : a;
  p[0] += 10; q[0] += 100;
  unsigned h = mix((unsigned)a[0], (unsigned)b[0]);
  free(p); free(q);
  return h;
}}
'''
    if v == 1:
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int local[4] = {{0, 0, 0, 0}};
  int *p = (x % 3 == 0) ? local : malloc(4 * sizeof(int));
  p[0] = (int)x & 7; p[1] = 2; p[2] = 0; p[3] = 1;
  unsigned h = mix((unsigned)(p[0] + p[1] + p[3]), (unsigned)(p == local));
  if (p != local) free(p);
  return h;
}}
'''
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *a = malloc(4 * sizeof(int)), *b = malloc(4 * sizeof(int));
  a[0] = 3; b[0] = 4;
  if (x & 2) {{ int *t = a; a = b; b = t; }}
  a[1] = a[0] * 10; b[1] = b[0];
  unsigned h = mix((unsigned)a[1], (unsigned)b[1]);
  free(a);
  h = mix(h, (unsigned)b[0]);
  free(b);
  return h;
}}
'''

def u_pairret(g, k):
    n = g.i(1, 8)
    return f'''{g.hq()}struct pair mkpair{k}(unsigned x) {{ struct pair r; r.n = {n}; r.p = malloc({n} * sizeof(int)); for (int i = 0; i < {n}; i++) r.p[i] = (int)(x % 9) + i; return r; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct pair pr = mkpair{k}(x);
  unsigned h = 0;
  for (int i = 0; i < pr.n; i++) h = mix(h, (unsigned)pr.p[i]);
  free(pr.p);
  return h;
}}
'''

def u_content(g, k):
    return f'''static int *g_data{k};
{g.hq()}void steal{k}(struct rec *r) {{ g_data{k} = r->data; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct rec *r = malloc(sizeof *r);
  r->data = malloc(3 * sizeof(int)); r->data[0] = (int)(x % 40); r->data[1] = 1; r->data[2] = 2;
  r->a = 0; r->b = 0; r->name = NULL;
  if (x & 1) steal{k}(r); else g_data{k} = NULL;
  unsigned h = (unsigned)r->data[0];
  if (!g_data{k}) free(r->data);
  free(r);
  if (g_data{k}) {{ h = mix(h, (unsigned)(g_data{k}[0] + g_data{k}[2])); free(g_data{k}); g_data{k} = NULL; }}
  return h;
}}
'''

def u_ident(g, k):
    v = g.c(0, 1, 2)
    if v == 0:
        return f'''{g.hq()}int *ident{k}(int *p) {{ return p; }}
{g.eq()}unsigned u{k}(unsigned x) {{ int *p = malloc(16); p[0] = (int)x & 1023; int *q = ident{k}(p); q[1] = 5; unsigned h = mix((unsigned)p[0], (unsigned)q[1]); free(q); return h; }}
'''
    if v == 1:
        return f'''{g.hq()}int *skip{k}(int *p) {{ return p + 1; }}
{g.eq()}unsigned u{k}(unsigned x) {{ int *p = malloc(4 * sizeof(int)); p[0] = 1; p[1] = (int)x & 63; int *q = skip{k}(p); unsigned h = (unsigned)q[0]; free(q - 1); return h; }}
'''
    return f'''{g.hq()}void attach{k}(struct rec *r, int *d) {{ r->data = d; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  struct rec r; r.a = 1; r.b = 2; r.name = NULL;
  int *d = malloc(2 * sizeof(int)); d[0] = (int)x & 255; d[1] = 3;
  attach{k}(&r, d);
  unsigned h = mix((unsigned)r.data[0], (unsigned)r.data[1]);
  free(r.data);
  return h;
}}
'''

def u_pp(g, k):
    v = g.c(0, 1)
    if v == 0:
        return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int **pp = malloc(sizeof(int *));
  *pp = malloc(4 * sizeof(int));
  (*pp)[0] = (int)x % 17; (*pp)[3] = 2;
  unsigned h = mix((unsigned)(*pp)[0], (unsigned)(*pp)[3]);
  free(*pp); free(pp);
  return h;
}}
'''
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *p = malloc(3 * sizeof(int)); p[0] = (int)(x % 21); p[1] = 1; p[2] = 2;
  unsigned char raw[sizeof(int *)];
  memcpy(raw, &p, sizeof p);
  int *q; memcpy(&q, raw, sizeof q);
  unsigned h = mix((unsigned)q[0], (unsigned)q[2]);
  free(q);
  return h;
}}
'''

def u_goto(g, k):
    n = g.i(1, 6)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int i = 0; unsigned h = 0; int *old = NULL;
again:;
  int *p = malloc(2 * sizeof(int));
  p[0] = i + (int)(x % 5); p[1] = old ? old[0] : -1;
  h = mix(h, (unsigned)(p[0] * 3 + p[1]));
  free(old);
  old = p;
  if (++i < {g.cnt(n)}) goto again;
  free(old);
  return h;
}}
'''

def u_nonconst(g, k):
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int n = (int)(x % 7) + 1;
  int *p = malloc((size_t)n * sizeof(int));
  for (int i = 0; i < n; i++) p[i] = i * i;
  unsigned h = 0; for (int i = 0; i < n; i++) h = mix(h, (unsigned)p[i]);
  char *big = malloc({g.c(5000, 9000, 70000)}); big[0] = 1; big[4999] = 2; h = mix(h, (unsigned)(big[0] + big[4999])); free(big);
  free(p);
  return h;
}}
'''

def u_inlinemk(g, k):
    n = g.i(1, 8)
    return f'''static inline int *mk{k}(int v) {{ int *p = malloc(2 * sizeof(int)); p[0] = v; p[1] = v * 2; return p; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  int *keep[{n}];
  unsigned h = 0;
  for (int i = 0; i < {n}; i++) {{
    keep[i] = mk{k}((int)(x % 11) + i);
    int *tmp = mk{k}(i);
    h = mix(h, (unsigned)(tmp[1] + keep[i][0]));
    free(tmp);
  }}
  for (int i = {n} - 1; i >= 0; i--) {{ h = mix(h, (unsigned)(keep[i][0] + keep[i][1])); free(keep[i]); }}
  return h;
}}
'''

def u_2d(g, k):
    r = g.i(1, 5); c = g.i(1, 6)
    return f'''{g.hq()}void fill2d{k}(int **m, unsigned x) {{ for (int i = 0; i < {r}; i++) for (int j = 0; j < {c}; j++) m[i][j] = (int)(x % 7) * i + j; }}
{g.hq()}void free2d{k}(int **m) {{ for (int i = 0; i < {r}; i++) free(m[i]); free(m); }}
{g.eq()}unsigned u{k}(unsigned x) {{
  int **m = malloc({r} * sizeof(int *));
  for (int i = 0; i < {r}; i++) m[i] = malloc({c} * sizeof(int));
  fill2d{k}(m, x);
  unsigned h = 0;
  for (int i = 0; i < {r}; i++) for (int j = 0; j < {c}; j++) h = mix(h, (unsigned)m[i][j]);
  free2d{k}(m);
  return h;
}}
'''

def u_swapcond(g, k):
    # conditional free with NULL checks and reuse
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  char *a = NULL, *b = NULL;
  if (x & 1) a = malloc(24);
  if (x & 2) b = calloc(3, 8);
  unsigned h = 0;
  if (a) {{ strcpy(a, "alpha"); h = mix(h, strsum(a)); }}
  if (b) {{ h = mix(h, (unsigned)b[5]); b[0] = 'B'; h = mix(h, strsum(b)); }}
  if (a && b) {{ memcpy(b, a, 6); h = mix(h, strsum(b)); }}
  free(a);
  if (b) free(b);
  return h;
}}
'''

UNITS = [u_buf, u_struct, u_list, u_tree, u_ptrarr, u_str, u_loop_same, u_loop_next, u_outparam,
         u_fresh, u_consume, u_realloc, u_global, u_qsort, u_ptrcmp, u_union, u_memcpy, u_recur,
         u_fnptr, u_aligned, u_phi, u_pairret, u_content, u_ident, u_pp, u_goto, u_nonconst,
         u_inlinemk, u_2d, u_swapcond]


# --- more unit shapes ---
# second batch of units: adversarial shapes aimed at the pass's rules
def u_nulltest(g, k):
    n = g.i(2, 8)
    sel = g.c("int *q = (i & 1) ? t : NULL;", "int *q = t; if (!(i & 1)) q = NULL;", "int *q = (i %% %d == 0) ? NULL : t;" % g.i(2, 3))
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *keep[{n} + 1]; int nk = 0; unsigned h = 0;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    int *t = malloc({g.c(2, 4)} * sizeof(int));
    t[0] = i + (int)(x % 9); t[1] = i * 2;
    {sel}
    if (q == NULL) {{ keep[nk++] = t; continue; }}
    h = mix(h, (unsigned)q[0]);
    free(q);
  }}
  for (int i = 0; i < nk; i++) {{ h = mix(h, (unsigned)(keep[i][0] + keep[i][1])); free(keep[i]); }}
  return h;
}}
'''

def u_linkglobal(g, k):
    return f'''static struct node *g_n{k};
{g.hq()}void link{k}(struct node *a, struct node *b) {{ a->next = b; }}
{g.eq()}void build{k}(unsigned x) {{
  struct node *n = malloc(sizeof *n);
  n->val = (int)(x % 100); n->next = NULL;
  link{k}(g_n{k}, n);
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  g_n{k} = malloc(sizeof(struct node)); g_n{k}->val = 1; g_n{k}->next = NULL;
  build{k}(x);
  unsigned h = mix((unsigned)g_n{k}->val, (unsigned)g_n{k}->next->val);
  free(g_n{k}->next); free(g_n{k}); g_n{k} = NULL;
  return h;
}}
'''

def u_cmpescape(g, k):
    n = g.i(2, 12)
    return f'''static struct node *g_max{k};
static int cmp{k}(const void *a, const void *b) {{
  struct node *x = *(struct node *const *)a, *y = *(struct node *const *)b;
  if (!g_max{k} || x->val > g_max{k}->val) g_max{k} = x;
  if (y->val > g_max{k}->val) g_max{k} = y;
  return (x->val > y->val) - (x->val < y->val);
}}
{g.eq()}unsigned sortit{k}(unsigned x) {{
  struct node *v[{n}];
  for (int i = 0; i < {n}; i++) {{ v[i] = malloc(sizeof(struct node)); v[i]->val = (int)((x + (unsigned)i * 7919u) % 97u) * 16 + i; v[i]->next = NULL; }}
  g_max{k} = NULL;
  qsort(v, {n}, sizeof v[0], cmp{k});
  unsigned h = 0;
  for (int i = 0; i < {n}; i++) {{ h = mix(h, (unsigned)v[i]->val); if (v[i] != g_max{k}) free(v[i]); }}
  return h;
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned h = sortit{k}(x);
  int junk[64]; for (int i = 0; i < 64; i++) junk[i] = i; h = mix(h, (unsigned)junk[x % 64]);
  if (g_max{k}) {{ h = mix(h, (unsigned)g_max{k}->val); free(g_max{k}); g_max{k} = NULL; }}
  return h;
}}
'''

def u_callocloop(g, k):
    n = g.i(2, 8); s = g.c(4, 8, 16)
    alloc = g.c(f"calloc({s}, sizeof(int))", f"calloc(1, {s} * sizeof(int))")
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned h = 0;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    int *t = {alloc};
    t[(i + (int)(x % 3)) % {s}] = i + 1;
    for (int j = 0; j < {s}; j++) h = mix(h, (unsigned)t[j]);
    free(t);
    char *d = {g.c('strdup("abcdef")', 'strndup("abcdefgh", 6)')};
    h = mix(h, strsum(d));
    d[i % 6] = 'Z';
    h = mix(h, strsum(d));
    free(d);
  }}
  return h;
}}
'''

def u_bytecopy(g, k):
    v = g.c(0, 1, 2, 3)
    if v == 0:
        cp = f"for (size_t i = 0; i < sizeof p; i++) ((unsigned char *)&g_p{k})[i] = ((unsigned char *)&p)[i];"
    elif v == 1:
        cp = f"memcpy(&g_p{k}, &p, sizeof p);"
    elif v == 2:
        cp = f"memmove(&g_p{k}, &p, sizeof p);"
    else:
        cp = f"{{ union {{ int *p; uintptr_t u; }} cv; cv.p = p; g_u{k} = cv.u; g_p{k} = (int *)g_u{k}; }}"
    return f'''static int *g_p{k}; static uintptr_t g_u{k};
{g.eq()}void hide{k}(unsigned x) {{
  int *p = malloc(4 * sizeof(int));
  p[0] = (int)(x % 1000); p[1] = 2; p[2] = 3; p[3] = 4;
  {cp}
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  hide{k}(x);
  int junk[32]; for (int i = 0; i < 32; i++) junk[i] = -i; unsigned h = (unsigned)junk[x % 32];
  h = mix(h, (unsigned)(g_p{k}[0] + g_p{k}[3]));
  free(g_p{k}); g_p{k} = NULL; g_u{k} = 0;
  return h;
}}
'''

def u_sret(g, k):
    v = g.c(0, 1, 2)
    if v == 0:
        return f'''struct big{k} {{ int *p; long a, b; }};
{g.hq()}struct big{k} mk{k}(unsigned x) {{ struct big{k} r; r.p = malloc(4 * sizeof(int)); r.p[0] = (int)(x % 50); r.p[3] = 7; r.a = 1; r.b = 2; return r; }}
{g.eq()}unsigned u{k}(unsigned x) {{ struct big{k} b = mk{k}(x); unsigned h = mix((unsigned)b.p[0], (unsigned)(b.p[3] + b.a + b.b)); free(b.p); return h; }}
'''
    if v == 1:
        return f'''union pl{k} {{ int *p; long l; }};
static union pl{k} g_pl{k};
{g.hq()}void keep{k}(union pl{k} v) {{ g_pl{k} = v; }}
{g.eq()}void mk{k}(unsigned x) {{ union pl{k} v; v.p = malloc(2 * sizeof(int)); v.p[0] = (int)(x % 77); v.p[1] = 3; keep{k}(v); }}
{g.eq()}unsigned u{k}(unsigned x) {{ mk{k}(x); int junk[16]; for (int i = 0; i < 16; i++) junk[i] = i * 5; unsigned h = mix((unsigned)junk[x % 16], (unsigned)(g_pl{k}.p[0] + g_pl{k}.p[1])); free(g_pl{k}.p); return h; }}
'''
    return f'''struct two{k} {{ int n; int *p; }};
static struct two{k} g_two{k};
{g.hq()}void keep{k}(struct two{k} v) {{ g_two{k} = v; }}
{g.eq()}void mk{k}(unsigned x) {{ struct two{k} v; v.n = 2; v.p = malloc(2 * sizeof(int)); v.p[0] = (int)(x % 77); v.p[1] = 3; keep{k}(v); }}
{g.eq()}unsigned u{k}(unsigned x) {{ mk{k}(x); int junk[16]; for (int i = 0; i < 16; i++) junk[i] = i * 5; unsigned h = mix((unsigned)junk[x % 16], (unsigned)(g_two{k}.p[0] + g_two{k}.p[1] + g_two{k}.n)); free(g_two{k}.p); return h; }}
'''

def u_strndup_rt(g, k):
    n = g.i(1, 10)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  char src[{n}]; for (int i = 0; i < {n}; i++) src[i] = (char)('a' + (int)((x + (unsigned)i) % 26));
  unsigned h = 0;
  for (int i = 0; i <= {n}; i++) {{
    char *s = strndup(src, (size_t)i < {n} ? (size_t)i : {n});
    h = mix(h, (unsigned)strlen(s)); h = mix(h, strsum(s));
    free(s);
  }}
  char *t = strndup(src, {n});
  h = mix(h, strsum(t));
  free(t);
  char *hs = malloc({n}); memcpy(hs, src, {n});
  char *u = strndup(hs, {n});
  h = mix(h, strsum(u));
  free(u); free(hs);
  return h;
}}
'''

def u_bigalign(g, k):
    al = g.c(256, 512, 1024, 4096)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned char *p = aligned_alloc({al}, {al});
  memset(p, (int)(x & 255), {al});
  unsigned h = (unsigned)(((uintptr_t)p & {al - 1}u) == 0);
  h = mix(h, p[{al - 1}]);
  free(p);
  return h;
}}
'''

def u_staticlocal(g, k):
    return f'''{g.hq()}int *last{k}(int *p) {{ static int *prev; int *r = prev; prev = p; return r; }}
{g.eq()}unsigned u{k}(unsigned x) {{
  unsigned h = 0;
  for (int i = 0; i < 3; i++) {{
    int *p = malloc(2 * sizeof(int)); p[0] = i + (int)(x % 7); p[1] = 1;
    int *o = last{k}(p);
    if (o) {{ h = mix(h, (unsigned)o[0]); free(o); }}
  }}
  int *o = last{k}(NULL);
  if (o) {{ h = mix(h, (unsigned)o[0]); free(o); }}
  return h;
}}
'''

def u_getfield(g, k):
    return f'''static int *g_f{k};
{g.hq()}int *get{k}(struct rec *r) {{ return r->data; }}
{g.eq()}void f{k}(unsigned x) {{
  struct rec r; r.a = 0; r.b = 0; r.name = NULL;
  r.data = malloc(3 * sizeof(int)); r.data[0] = (int)(x % 30); r.data[1] = 1; r.data[2] = 2;
  g_f{k} = get{k}(&r);
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  f{k}(x);
  int junk[16]; for (int i = 0; i < 16; i++) junk[i] = i ^ 3; unsigned h = (unsigned)junk[x % 16];
  h = mix(h, (unsigned)(g_f{k}[0] + g_f{k}[2])); free(g_f{k}); g_f{k} = NULL;
  return h;
}}
'''

def u_swapglobal(g, k):
    return f'''static int *g_s{k};
{g.hq()}void swap{k}(int **a, int **b) {{ int *t = *a; *a = *b; *b = t; }}
{g.eq()}void f{k}(unsigned x) {{
  int *p = malloc(2 * sizeof(int)); p[0] = (int)(x % 30); p[1] = 6;
  swap{k}(&p, &g_s{k});
  if (p) free(p);
}}
{g.eq()}unsigned u{k}(unsigned x) {{
  f{k}(x);
  int junk[16]; for (int i = 0; i < 16; i++) junk[i] = i + 9; unsigned h = (unsigned)junk[x % 16];
  if (g_s{k}) {{ h = mix(h, (unsigned)(g_s{k}[0] + g_s{k}[1])); free(g_s{k}); g_s{k} = NULL; }}
  return h;
}}
'''

def u_condloop(g, k):
    # object freed on every path except the last iteration, used after loop
    n = g.i(2, 7); N = g.cnt(n)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  int *p = NULL; unsigned h = 0;
  for (int i = 0; i < {N}; i++) {{
    p = malloc(2 * sizeof(int)); p[0] = i * 5 + (int)(x % 4); p[1] = i;
    h = mix(h, (unsigned)p[0]);
    if (i + 1 < {N}) {{ free(p); p = NULL; }}
  }}
  int *q = malloc(2 * sizeof(int)); q[0] = 99; q[1] = 98;
  h = mix(h, (unsigned)(p[0] + p[1] + q[0]));
  free(q); free(p);
  return h;
}}
'''

def u_whileptr(g, k):
    # slot reuse: pointer from previous iteration compared / read after new malloc via list
    n = g.i(2, 6)
    return f'''{g.eq()}unsigned u{k}(unsigned x) {{
  struct node *head = NULL; unsigned h = 0;
  for (int i = 0; i < {g.cnt(n)}; i++) {{
    struct node *nn = malloc(sizeof *nn); nn->val = i + (int)(x % 3); nn->next = head;
    if (i % 2 == 0) head = nn; else {{ h = mix(h, (unsigned)(nn->val + (head ? head->val : 0))); free(nn); }}
  }}
  while (head) {{ struct node *t = head->next; h = mix(h, (unsigned)head->val); free(head); head = t; }}
  return h;
}}
'''

UNITS2 = [u_nulltest, u_linkglobal, u_cmpescape, u_callocloop, u_bytecopy, u_sret, u_strndup_rt,
          u_bigalign, u_staticlocal, u_getfield, u_swapglobal, u_condloop, u_whileptr]
UNITS += UNITS2 * 2

def gen(seed, only=None):
    g = G(seed)
    n = g.i(3, 7)
    units = [only] if only else [g.c(*UNITS) for _ in range(n)]
    out = [HDR]
    for k, u in enumerate(units):
        out.append(u(g, k))
    ks = list(range(len(units)))
    viaptr = g.r.random() < 0.4
    if viaptr:
        out.append("static unsigned (*const entries[])(unsigned) = { %s };\n" % ", ".join("u%d" % k for k in ks))
    out.append("volatile unsigned vbase = %du;\nint main(void) {\n  unsigned total = %du;\n" % (g.c(0, 0, 1), g.i(0, 999)))
    for rep in range(g.i(1, 3)):
        g.r.shuffle(ks)
        for k in ks:
            arg = g.i(0, 100000)
            a = ("%du" % arg) if g.r.random() < 0.4 else ("vbase + %du" % arg)
            call = ("entries[%d](%s)" % (k, a)) if viaptr and g.r.random() < 0.7 else ("u%d(%s)" % (k, a))
            out.append('  { unsigned h = %s; printf("u%d %%u\\n", h); total = mix(total, h); }\n' % (call, k))
    out.append('  printf("total %%u\\n", total);\n  return (int)(total %% %d);\n}\n' % g.c(1, 7, 50))
    return "".join(out)

if __name__ == "__main__":
    seed = int(sys.argv[1])
    only = None
    if len(sys.argv) > 2: only = globals()["u_" + sys.argv[2]]
    sys.stdout.write(gen(seed, only))
