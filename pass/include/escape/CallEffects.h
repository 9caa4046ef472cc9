//===- CallEffects.h - What calls do with pointer arguments -----*- C++ -*-===//
//
/// \file
/// A call's effect on each pointer argument, in the graph's terms: kept
/// (escapes), freed, read through (its contents may escape), written through
/// (the callee may store unknown pointers into it), returned, or stored into
/// another argument. The builder turns these into flows.
///
/// CalleeModel decides the effects of a call site from, in order: LLVM
/// intrinsics, the libc models (LibcModels.cpp), and the callee's attributes
/// (`captures(none)`/`nocapture` and `nofree`, inferred ones included).
/// Interprocedural summaries will plug in here, ahead of attributes.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_CALLEFFECTS_H
#define ESCAPE_CALLEFFECTS_H

#include "escape/AllocSites.h"
#include "escape/Reason.h"
#include "escape/Summary.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace llvm {
class CallBase;
class TargetLibraryInfo;
class Value;
} // namespace llvm

namespace escape {

/// What a callee does with one pointer argument.
struct ArgEffect {
  /// The pointer may outlive the call (stored, or kept by the callee).
  bool Escapes = true;
  /// Pointers read through the argument may outlive the call or be freed.
  bool ContentEscapes = true;
  /// The callee may store pointers the caller cannot see into *arg.
  bool ContentClobbered = true;
  /// The callee may free (or realloc) the pointer itself.
  bool Frees = false;
  /// The result may point into the same object as the argument.
  bool Returned = false;
  /// The result may be a pointer read from *arg.
  bool ContentReturned = false;
  /// The pointer (or one into its object) is stored into *arg #StoredInto.
  std::optional<unsigned> StoredInto;
  /// What the callee reads as data behind the argument and may send on
  /// (write, printf's %s, memcmp's result; a summary says it for a callee
  /// of the module).
  DataReads Reads;
  /// Why the pointer escapes or is freed, when it does.
  Reason Why = Reason::UnknownCallee;

  /// An argument the callee only reads: no capture, no free, nothing kept.
  static ArgEffect readOnly();
  /// An argument only read, whose bytes the callee reads as data and may
  /// send on (write, puts, memcmp's result).
  static ArgEffect readsData();
  /// An argument the callee reads and writes plain data into.
  static ArgEffect readWrite();
  /// An argument the callee may do anything with.
  static ArgEffect unknown(Reason Why);
};

/// What a callee does with all of its arguments, and what it returns.
struct CallEffects {
  /// Effects of the arguments, in order: at least the declared parameters,
  /// possibly also some variadic arguments.
  llvm::SmallVector<ArgEffect, 4> Params;
  /// Effect of the arguments past Params (variadic calls).
  ArgEffect Variadic = ArgEffect::unknown(Reason::UnknownCallee);
  /// The result may point to memory the caller cannot see.
  bool ResultUnknown = true;
  /// memcpy-like: the contents of arg #first receive the contents of arg
  /// #second, over Len bytes (arg #LenArg, when it is a constant).
  struct ContentCopy {
    unsigned Dst, Src;
    std::optional<unsigned> LenArg;
  };
  llvm::SmallVector<ContentCopy, 1> Copies;

  /// The effect on argument \p ArgNo.
  const ArgEffect &arg(unsigned ArgNo) const {
    return ArgNo < Params.size() ? Params[ArgNo] : Variadic;
  }
  /// Every argument gets effect \p E.
  static CallEffects uniform(unsigned NumParams, const ArgEffect &E);
};

/// Decides the effects of call sites.
class CalleeModel {
public:
  /// \p Summaries, if given, describes functions of the module analysed
  /// before this one.
  CalleeModel(const llvm::TargetLibraryInfo &TLI,
              const AllocatorTable &Allocators,
              const SummaryTable *Summaries = nullptr)
      : TLI(TLI), Allocators(Allocators), Summaries(Summaries) {}

  /// \p CB as a heap allocation, if it is one.
  std::optional<AllocSite> allocation(llvm::CallBase &CB) const {
    return recognizeAllocation(CB, TLI, Allocators);
  }
  /// The pointer \p CB frees, if it is a call to free (or a deallocator).
  llvm::Value *freed(const llvm::CallBase &CB) const {
    return freedOperand(CB, TLI, Allocators);
  }
  /// The effects of \p CB. Never fails: unknown calls get the most
  /// conservative effects.
  CallEffects effects(const llvm::CallBase &CB) const;

private:
  CallEffects fromAttributes(const llvm::CallBase &CB) const;
  const llvm::TargetLibraryInfo &TLI;
  const AllocatorTable &Allocators;
  const SummaryTable *Summaries;
};

} // namespace escape

#endif // ESCAPE_CALLEFFECTS_H
