// strdup of a literal, changed in place: the copy is promoted with the
// literal's size, and the literal itself is untouched.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, 6 heap allocations
// CHECK: escape: exit 0, 1 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const banner = "escape analysis for c";

static void shout(int upto) {
  char *s = strdup(banner);
  for (int i = 0; s[i] && i < upto; i++)
    s[i] = (char)toupper((unsigned char)s[i]);
  printf("%s / %s (%zu)\n", s, banner, strlen(s));
  free(s);
}

int main(void) {
  for (int i = 0; i < 25; i += 5)
    shout(i);
  return 0;
}
