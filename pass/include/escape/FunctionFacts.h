//===- FunctionFacts.h - Function-level promotion blockers -------*- C++
//-*-===//
//
/// \file
/// Properties of a whole function that keep its allocations on the heap
/// whatever the escape analysis says: optnone, recursion (a promoted buffer
/// would be paid for at every level), setjmp, sanitizers, musttail.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_FUNCTIONFACTS_H
#define ESCAPE_FUNCTIONFACTS_H

#include "llvm/ADT/DenseSet.h"

namespace llvm {
class Function;
class Module;
} // namespace llvm

namespace escape {

/// Function-level facts the promotion planner needs.
struct FunctionFacts {
  bool OptNone = false;
  /// In a cycle of the direct call graph (self-recursion included).
  bool Recursive = false;
  /// Calls a `returns_twice` function (setjmp, vfork, ...).
  bool CallsSetjmp = false;
  /// Built with a sanitizer that checks heap or stack accesses.
  bool Sanitized = false;
};

/// The defined functions of \p M that lie on a cycle of direct calls.
llvm::DenseSet<const llvm::Function *> findRecursiveFunctions(llvm::Module &M);

/// The facts of \p F; \p Recursive from findRecursiveFunctions.
FunctionFacts
computeFunctionFacts(const llvm::Function &F,
                     const llvm::DenseSet<const llvm::Function *> &Recursive);

} // namespace escape

#endif // ESCAPE_FUNCTIONFACTS_H
