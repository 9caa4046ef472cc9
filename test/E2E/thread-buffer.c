// Negative: a buffer handed to a new thread, which outlives the function
// that allocated it and frees the buffer itself.
// REQUIRES: valgrind
// RUN: %e2e %s | FileCheck %s
// CHECK: reference: exit 0, [[N:[0-9]+]] heap allocations
// CHECK: escape: exit 0, [[N]] heap allocations, 0 memcheck errors
// CHECK: outputs match

#include "Inputs/clobber.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int go;

static void *worker(void *arg) {
  char *msg = arg;
  pthread_mutex_lock(&lock);
  while (!go)
    pthread_cond_wait(&cond, &lock);
  pthread_mutex_unlock(&lock);
  printf("worker: %s (%zu)\n", msg, strlen(msg));
  free(msg);
  return NULL;
}

static pthread_t start(const char *text) {
  char *msg = malloc(64);
  strcpy(msg, text);
  pthread_t t;
  pthread_create(&t, NULL, worker, msg);
  return t;
}

int main(void) {
  pthread_t t = start("hello from a dead frame?");
  clobber_stack();
  pthread_mutex_lock(&lock);
  go = 1;
  pthread_cond_signal(&cond);
  pthread_mutex_unlock(&lock);
  pthread_join(t, NULL);
  return 0;
}
