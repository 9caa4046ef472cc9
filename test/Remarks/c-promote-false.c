// -mllvm -escape-promote=false: the analysis still reports, nothing moves.
// Clang 19 parses -mllvm before it loads -fpass-plugin, hence -Xclang -load.
// RUN: %clang-escape -Xclang -load -Xclang %plugin -mllvm -escape-promote=false \
// RUN:   -O2 -g -fno-caret-diagnostics -Rpass=escape -Rpass-missed=escape \
// RUN:   -Rpass-analysis=escape -S -emit-llvm %s -o %t.ll 2>%t.remarks
// RUN: sort -t: -k2,2n -k3,3n -s %t.remarks \
// RUN:   | FileCheck %s --implicit-check-not=remark:
// RUN: FileCheck %s --check-prefix=IR < %t.ll

#include <stdlib.h>
#include <string.h>

// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: p does not escape [-Rpass-analysis=escape]
__attribute__((noinline)) int sum(const char *p, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

// IR-LABEL: define {{.*}}i32 @kept_on_heap(
// IR:         call {{.*}}ptr @malloc(i64 {{.*}}64)
// IR:         call void @free(
int kept_on_heap(void) {
  // CHECK: [[@LINE+1]]:13: remark: malloc(64) does not escape, but stays on heap: promotion disabled [-Rpass-missed=escape]
  char *p = malloc(64);
  strcpy(p, "abcdef");
  int s = sum(p, 6);
  free(p);
  return s;
}
