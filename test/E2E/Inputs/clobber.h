// clobber.h - overwrite dead stack frames.
//
// A program that keeps a pointer into a frame that has returned reads
// whatever the next calls left there. clobber_stack() makes that visible: it
// fills the stack below its caller's frame with 0xAA bytes, so a wrongly
// promoted buffer reads back as 0xAA instead of the data written into it.

#ifndef ESCAPE_E2E_CLOBBER_H
#define ESCAPE_E2E_CLOBBER_H

__attribute__((noinline)) static void clobber_stack(void) {
  volatile char junk[32768];
  for (unsigned i = 0; i < sizeof junk; i++)
    junk[i] = (char)0xAA;
}

#endif
