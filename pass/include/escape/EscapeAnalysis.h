//===- EscapeAnalysis.h - Escape facts of one function ----------*- C++ -*-===//
//
/// \file
/// The analysis layer: builds the escape graph of a function, solves it and
/// answers, for every object, whether it escapes, is returned or is freed by a
/// callee, and why; for every pointer parameter, whether it leaks, to where,
/// and whether the function frees it. Nothing here changes IR.
///
/// `opt -passes='print<escape>'` prints the facts (Printer.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_ESCAPEANALYSIS_H
#define ESCAPE_ESCAPEANALYSIS_H

#include "escape/AllocSites.h"
#include "escape/CallEffects.h"
#include "escape/EscapeGraph.h"
#include "escape/Solve.h"
#include "llvm/IR/PassManager.h"
#include <memory>
#include <optional>
#include <vector>

namespace llvm {
class Argument;
class Function;
class LoopInfo;
class raw_ostream;
} // namespace llvm

namespace escape {

/// What happens to one object.
struct ObjectFate {
  /// Reaches {heap}: outlives the function.
  bool Escapes = false;
  /// Reaches {result}: returned to the caller.
  bool Returned = false;
  /// Reaches {freed} through a callee (or realloc), not a direct free.
  bool FreedByCallee = false;
  /// Reaches {freed} through a direct call to free.
  bool Freed = false;
  /// The deciding sink ({heap}, else {result}, else {freed}) and the reason
  /// of the flow that brought the object there.
  std::optional<LocId> Sink;
  Reason Why = Reason::Assign;

  /// The object cannot live on this function's stack.
  bool outlivesFunction() const { return Escapes || Returned || FreedByCallee; }
};

/// A direct call to free.
struct FreeSite {
  llvm::CallBase *Call;
  llvm::Value *Operand;
  LocId OperandLoc;
};

/// A recognised allocation call and its object.
struct AllocObject {
  AllocSite Site;
  ObjId Obj;
};

/// What a function does with one of its pointer parameters.
struct ParamFacts {
  /// The pointer itself reaches {heap} ("leaking param: p").
  bool Leaks = false;
  /// A pointer loaded from it reaches {heap} or is freed ("leaking param
  /// content: p").
  bool ContentLeaks = false;
  /// It reaches free or a freeing callee ("freeing param: p").
  bool Freed = false;
  /// Lowest deref level at which it reaches the result, if it does.
  std::optional<unsigned> ResultLevel;
  Reason Why = Reason::Assign;

  bool doesNotEscape() const {
    return !Leaks && !ContentLeaks && !Freed && !ResultLevel;
  }
};

/// The escape facts of one function.
class EscapeInfo {
public:
  EscapeInfo(llvm::Function &F, const CalleeModel &Callees,
             const llvm::LoopInfo *LI);
  EscapeInfo(EscapeInfo &&) = default;
  EscapeInfo &operator=(EscapeInfo &&) = default;

  llvm::Function &function() const { return *F; }
  const EscapeGraph &graph() const { return *G; }
  const Solution &solution() const { return S; }

  /// Heap allocation calls, in program order.
  const std::vector<AllocObject> &allocations() const { return Allocs; }
  /// Direct calls to free, in program order.
  const std::vector<FreeSite> &frees() const { return Frees; }
  /// What happens to object \p O.
  const ObjectFate &fate(ObjId O) const { return Fates[O]; }
  /// What the function does with pointer parameter \p A.
  ParamFacts paramFacts(const llvm::Argument &A) const;
  /// The flow path from \p O's definition to its deciding sink.
  std::vector<Step> explain(ObjId O) const;
  /// Objects reachable from location \p L (what it points to, what those
  /// objects hold, and so on).
  Solution::ObjectSet reachableFrom(LocId L) const;

private:
  llvm::Function *F;
  std::unique_ptr<EscapeGraph> G;
  Solution S;
  std::vector<AllocObject> Allocs;
  std::vector<FreeSite> Frees;
  std::vector<ObjectFate> Fates;
};

/// `escape`: the escape facts of a function, from its callees' attributes
/// and the libc models (no interprocedural summaries).
class EscapeAnalysis : public llvm::AnalysisInfoMixin<EscapeAnalysis> {
  friend llvm::AnalysisInfoMixin<EscapeAnalysis>;
  static llvm::AnalysisKey Key;

public:
  using Result = EscapeInfo;
  Result run(llvm::Function &F, llvm::FunctionAnalysisManager &FAM);
};

/// `print<escape>`: prints the escape facts of each function.
class EscapePrinterPass : public llvm::PassInfoMixin<EscapePrinterPass> {
public:
  explicit EscapePrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);
  static bool isRequired() { return true; }

private:
  llvm::raw_ostream &OS;
};

/// Writes the facts of \p Info to \p OS (the print<escape> format).
void printEscapeInfo(const EscapeInfo &Info, llvm::raw_ostream &OS);

} // namespace escape

#endif // ESCAPE_ESCAPEANALYSIS_H
