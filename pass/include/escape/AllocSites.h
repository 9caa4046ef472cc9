//===- AllocSites.h - Recognising allocation and free calls -----*- C++ -*-===//
//
/// \file
/// Which calls allocate heap memory, how much, and which calls free it.
///
/// Since LLVM 15 malloc, calloc and free are no longer in
/// TargetLibraryInfo's allocation tables: `isAllocLikeFn` and
/// `getFreedOperand` need the `allockind`/`allocptr` attributes that
/// InferFunctionAttrs adds, so they say nothing at -O0. Calls are recognised
/// here by their library function (`TargetLibraryInfo::getLibFunc`, which
/// checks the prototype and honours -fno-builtin), and a `nobuiltin` call
/// site is never recognised.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_ALLOCSITES_H
#define ESCAPE_ALLOCSITES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Alignment.h"
#include <optional>
#include <string>

namespace llvm {
class CallBase;
class TargetLibraryInfo;
class Value;
} // namespace llvm

namespace escape {

/// The allocation functions Escape knows.
enum class AllocFn : uint8_t {
  Malloc,
  Calloc,
  AlignedAlloc, ///< aligned_alloc(align, size) and memalign(align, size)
  Strdup,
  Strndup,
};

/// A recognised heap allocation call.
struct AllocSite {
  llvm::CallBase *Call;
  AllocFn Fn;
  /// Bytes allocated, when every size operand is a constant (for strdup and
  /// strndup: when the source is a constant string).
  std::optional<uint64_t> Size;
  /// Alignment the allocation promises beyond malloc's (aligned_alloc).
  std::optional<llvm::Align> RequestedAlign;
  /// The memory starts zeroed (calloc).
  bool Zeroed = false;
  /// strdup/strndup of a literal: the memory starts as a copy of this many
  /// bytes of the literal; when that is less than Size, the last byte is the
  /// NUL strndup adds.
  std::optional<uint64_t> LiteralBytes;
};

/// Parses an allocation function's name as used by -escape-allocator
/// (`malloc`, `calloc`, `aligned_alloc`, `strdup`, `strndup`).
std::optional<AllocFn> parseAllocFn(llvm::StringRef Name);

/// Project functions the user vouches for: `xmalloc` allocates exactly like
/// malloc (and never returns NULL), `xfree` frees exactly like free. Set with
/// -escape-allocator=xmalloc:malloc and -escape-deallocator=xfree.
class AllocatorTable {
public:
  void addAllocator(llvm::StringRef Name, AllocFn Kind) {
    Allocators[Name] = Kind;
  }
  void addDeallocator(llvm::StringRef Name) { Deallocators.insert(Name); }
  std::optional<AllocFn> allocator(llvm::StringRef Name) const;
  bool isDeallocator(llvm::StringRef Name) const {
    return Deallocators.contains(Name);
  }

private:
  llvm::StringMap<AllocFn> Allocators;
  llvm::StringSet<> Deallocators;
};

/// Recognises \p CB as a heap allocation: a C library allocation function
/// called as a builtin, or a function of \p User.
std::optional<AllocSite> recognizeAllocation(llvm::CallBase &CB,
                                             const llvm::TargetLibraryInfo &TLI,
                                             const AllocatorTable &User);

/// The operand \p CB frees if it calls `free` (or a function of \p User).
llvm::Value *freedOperand(const llvm::CallBase &CB,
                          const llvm::TargetLibraryInfo &TLI,
                          const AllocatorTable &User);

/// The name of the allocation function (`malloc`, `calloc`, ...).
llvm::StringRef allocFnName(const AllocSite &Site);

} // namespace escape

#endif // ESCAPE_ALLOCSITES_H
