//===- Options.h - Escape's tuning options ----------------------*- C++ -*-===//
//
/// \file
/// The `-escape-*` command-line options (`opt -escape-...`,
/// `clang -mllvm -escape-...`), gathered into one struct so that the
/// planning code never reads a global. Defaults are documented in README.md.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_OPTIONS_H
#define ESCAPE_OPTIONS_H

#include "escape/AllocSites.h"
#include <cstdint>

namespace escape {

/// Everything that tunes what the pass does.
struct EscapeOptions {
  /// Largest allocation moved to the stack, in bytes.
  uint64_t MaxObjectSize = 4096;
  /// Most bytes of promoted allocations one function may gain.
  uint64_t MaxFrameSize = 16384;
  /// Most bytes of promoted allocations along any chain of direct calls in
  /// the module (a thread's stack may be far smaller than main's).
  uint64_t MaxChainSize = 32768;
  /// The same below a function whose address is taken: a thread's start
  /// routine, a signal handler on an alternate stack, a coroutine entry may
  /// run on 8-16 KiB.
  uint64_t MaxCallbackChainSize = 2048;
  /// Promote at all (off: analysis and remarks only).
  bool Promote = true;
  /// Promote in functions built with
  /// -fsanitize=address/memory/thread/hwaddress.
  bool PromoteSanitized = false;
  /// Emit -m=2 style flow explanations after each decision remark.
  bool Explain = false;
  /// Run SROA/InstCombine-style cleanup on changed functions (the clang
  /// pipeline does; `opt -passes=heap-to-stack` does not unless asked).
  bool Cleanup = true;
  /// Project allocation and free wrappers the user vouches for
  /// (-escape-allocator=xmalloc:malloc, -escape-deallocator=xfree).
  AllocatorTable Allocators;

  /// The options as set on the command line.
  static EscapeOptions fromCommandLine();
};

} // namespace escape

#endif // ESCAPE_OPTIONS_H
