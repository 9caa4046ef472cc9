//===- Build.h - LLVM IR to escape graph ------------------------*- C++ -*-===//
//
/// \file
/// Walks a function once and records, for every instruction that handles a
/// pointer, the flows of the escape graph. Anything the builder does not
/// model makes the pointers involved escape: the default is the heap.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_BUILD_H
#define ESCAPE_BUILD_H

#include "escape/EscapeAnalysis.h"

namespace llvm {
class Type;
} // namespace llvm

namespace escape {

/// What the builder found besides the graph.
struct BuiltGraph {
  std::unique_ptr<EscapeGraph> Graph;
  std::vector<AllocObject> Allocs;
  std::vector<FreeSite> Frees;
};

/// Builds the escape graph of \p F.
BuiltGraph buildGraph(llvm::Function &F, const CalleeModel &Callees,
                      const llvm::LoopInfo *LI);

/// True if values of type \p T can hold a pointer (pointers, and vectors,
/// arrays and structs of them).
bool carriesPointers(const llvm::Type *T);

} // namespace escape

#endif // ESCAPE_BUILD_H
