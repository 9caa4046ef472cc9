// Parameter lines of REMARKS.md level 1 from clang -O2: one line per fact,
// at the parameter's declaration (c-locations.c pins the column).
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Rpass=escape \
// RUN:   -Rpass-missed=escape -Rpass-analysis=escape -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --implicit-check-not=remark:

#include <stdlib.h>

char *keep;
void opaque(char *);

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: p does not escape [-Rpass-analysis=escape]
int peek(const int *p) { return *p + 1; }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: p [-Rpass-analysis=escape]
void stash(char *p) { keep = p; }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: p [-Rpass-analysis=escape]
void forward(char *p) { opaque(p); }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param content: pp [-Rpass-analysis=escape]
void stash_first(char **pp) { keep = *pp; }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: s to result ~r0 level=0 [-Rpass-analysis=escape]
char *identity(char *s) { return s; }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: s to result ~r0 level=0 [-Rpass-analysis=escape]
char *skip(char *s) { return s + 1; }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: pp to result ~r0 level=1 [-Rpass-analysis=escape]
char *first(char **pp) { return *pp; }

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: freeing param: p [-Rpass-analysis=escape]
__attribute__((noinline)) void release(char *p) { free(p); }

// Freed by a callee is still freed. (Without summaries, release's attributes
// cannot say that it keeps nothing read from *p: the content line is the
// conservative answer.)
// CHECK: [[@LINE+2]]:{{[0-9]+}}: remark: leaking param content: p [-Rpass-analysis=escape]
// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: freeing param: p [-Rpass-analysis=escape]
void release_later(char *p) { release(p); }

// Integer parameters get no line; each pointer gets its own.
// CHECK: [[@LINE+2]]:{{[0-9]+}}: remark: leaking param: a to result ~r0 level=0 [-Rpass-analysis=escape]
// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: leaking param: b to result ~r0 level=0 [-Rpass-analysis=escape]
char *pick(char *a, char *b, int c) { return c ? a : b; }
