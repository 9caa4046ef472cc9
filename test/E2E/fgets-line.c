// A line buffer filled by fgets in a helper called once per line: the
// buffer is promoted; stdin's and stdout's buffers remain.
// REQUIRES: valgrind
// RUN: %e2e --stdin %S/Inputs/lines.txt %s | FileCheck %s
// CHECK: reference: exit 0, 9 heap allocations
// CHECK: escape: exit 0, 2 heap allocations, 0 memcheck errors
// CHECK: outputs match

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int count_words(const char *s) {
  int n = 0, in = 0;
  for (; *s; s++) {
    if (isspace((unsigned char)*s))
      in = 0;
    else if (!in) {
      in = 1;
      n++;
    }
  }
  return n;
}

// Returns the number of words on the next line, or -1 at the end.
__attribute__((noinline)) static int next_line(int lineno) {
  char *line = malloc(128);
  if (!fgets(line, 128, stdin)) {
    free(line);
    return -1;
  }
  line[strcspn(line, "\n")] = 0;
  int words = count_words(line);
  printf("%d: [%s] %d words\n", lineno, line, words);
  free(line);
  return words;
}

int main(void) {
  int total = 0, words;
  for (int lineno = 1; (words = next_line(lineno)) >= 0; lineno++)
    total += words;
  printf("total %d words\n", total);
  return 0;
}
