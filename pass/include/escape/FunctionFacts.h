//===- FunctionFacts.h - Call graph and function-level facts ----*- C++ -*-===//
//
/// \file
/// Properties of a whole function that keep its allocations on the heap
/// whatever the escape analysis says (optnone, recursion: a promoted buffer
/// would be paid for at every level, setjmp, sanitizers), and the module's
/// call graph as promotion uses it: callees planned before callers, and the
/// stack bytes already promoted below each function.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_FUNCTIONFACTS_H
#define ESCAPE_FUNCTIONFACTS_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <vector>

namespace llvm {
class Function;
class Module;
class TargetLibraryInfo;
} // namespace llvm

namespace escape {

/// What promotion needs from the module's call graph.
struct ModuleFacts {
  /// The defined functions, callees before callers (call-graph SCCs in
  /// post-order), so that a function's direct callees are planned first.
  std::vector<llvm::Function *> BottomUp;
  /// Functions that may be re-entered while active: on a cycle of direct
  /// calls, or reachable from a callback (an address-taken function) while
  /// able to call code the module cannot see.
  llvm::DenseSet<const llvm::Function *> Recursive;
  /// Functions reachable by direct calls from a function whose address is
  /// taken (the address-taken ones included): thread start routines, signal
  /// handlers, coroutine entries may run on a stack of a few KiB.
  llvm::DenseSet<const llvm::Function *> CalledBack;
  /// The defined functions each function calls directly.
  llvm::DenseMap<const llvm::Function *,
                 llvm::SmallVector<const llvm::Function *, 4>>
      Callees;
};

/// Computes the ModuleFacts of \p M.
ModuleFacts computeModuleFacts(
    llvm::Module &M,
    llvm::function_ref<const llvm::TargetLibraryInfo &(llvm::Function &)>
        GetTLI);

/// Function-level facts the promotion planner needs.
struct FunctionFacts {
  bool OptNone = false;
  /// May be re-entered while active (ModuleFacts::Recursive).
  bool Recursive = false;
  /// May run below a callback (ModuleFacts::CalledBack), on a stack of
  /// unknown size.
  bool CalledBack = false;
  /// Calls a `returns_twice` function (setjmp, vfork, ...).
  bool CallsSetjmp = false;
  /// Built with a sanitizer that checks heap or stack accesses.
  bool Sanitized = false;
  /// Stack bytes promotion already added to the deepest chain of direct
  /// calls below this function.
  uint64_t CalleeStackBytes = 0;
};

/// The facts of \p F.
FunctionFacts computeFunctionFacts(const llvm::Function &F,
                                   const ModuleFacts &MF,
                                   uint64_t CalleeStackBytes);

} // namespace escape

#endif // ESCAPE_FUNCTIONFACTS_H
