// Address-taken locals from clang -O2: reported when the address outlives
// the frame (a bug in C), never for a local that is only lent to a callee
// or stays in its frame. c-locations.c pins the column.
// RUN: %clang-escape -O2 -g -fno-caret-diagnostics -Wno-return-stack-address \
// RUN:   -Rpass=escape -Rpass-missed=escape -Rpass-analysis=escape \
// RUN:   -c %s -o /dev/null 2>&1 \
// RUN:   | sort -t: -k2,2n -k3,3n -s \
// RUN:   | FileCheck %s --implicit-check-not=remark:

int *keep;
void opaque(int *);
void opaque_int(int);

int *returned(void) {
  // CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: address of local x escapes its frame [-Rpass-analysis=escape]
  int x = 1;
  return &x;
}

void in_global(void) {
  // CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: address of local y escapes its frame [-Rpass-analysis=escape]
  int y = 2;
  keep = &y;
}

// The caller's memory keeps the address; out itself does not escape.
// CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: out does not escape [-Rpass-analysis=escape]
void through_param(int **out) {
  // CHECK: [[@LINE+1]]:{{[0-9]+}}: remark: address of local z escapes its frame [-Rpass-analysis=escape]
  int z = 3;
  *out = &z;
}

// Lent to a callee: normal C, nothing printed.
int lent(void) {
  int w = 4;
  opaque(&w);
  return w;
}

// The address never leaves the frame: nothing printed.
int stays(int i) {
  int a[4] = {1, 2, 3, 4};
  int *p = &a[i & 3];
  opaque_int(*p);
  return a[0];
}
