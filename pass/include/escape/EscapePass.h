//===- EscapePass.h - The heap-to-stack module pass -------------*- C++ -*-===//
//
/// \file
/// `heap-to-stack`: for every defined function, runs the escape analysis,
/// plans promotions, emits remarks and rewrites the IR; with cleanup on, runs
/// SROA, EarlyCSE, InstCombine and friends on the functions it changed so a
/// promoted buffer ends where a hand-written local array would.
///
/// It is a module pass because promotion needs the call graph (recursion
/// today, bottom-up parameter summaries next).
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_ESCAPEPASS_H
#define ESCAPE_ESCAPEPASS_H

#include "escape/Options.h"
#include "llvm/IR/PassManager.h"

namespace escape {

/// The module pass clang and `opt -passes=heap-to-stack` run.
class HeapToStackPass : public llvm::PassInfoMixin<HeapToStackPass> {
public:
  explicit HeapToStackPass(EscapeOptions Opts) : Opts(Opts) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  /// Runs at -O0 too, where it only reports (functions are optnone).
  static bool isRequired() { return true; }

private:
  EscapeOptions Opts;
};

} // namespace escape

#endif // ESCAPE_ESCAPEPASS_H
