//===- Plan.h - Which allocations move to the stack -------------*- C++ -*-===//
//
/// \file
/// The decision layer between analysis and transformation: given the escape
/// facts of a function, its function-level facts and the size policy,
/// decides for every allocation whether it is promoted, and lists the IR
/// edits that promotion implies (frees to delete, lifetimes to end, tail-call
/// markers to clear). The plan is plain data: HeapToStack.cpp applies it,
/// Remarks.cpp reports it.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_PLAN_H
#define ESCAPE_PLAN_H

#include "escape/EscapeAnalysis.h"
#include "escape/FunctionFacts.h"
#include "escape/Options.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace llvm {
class CallInst;
} // namespace llvm

namespace escape {

/// Why an allocation that does not escape stays on the heap.
enum class StayReason : uint8_t {
  OptNone,         ///< The function is optnone (-O0).
  Disabled,        ///< -escape-promote=false.
  NonConstantSize, ///< The size is not a compile-time constant.
  ZeroSize,        ///< malloc(0): may return NULL or a unique pointer.
  TooLarge,        ///< Larger than -escape-max-object-size.
  Recursive,       ///< The function is on a call-graph cycle.
  CallsSetjmp,     ///< The function calls setjmp (returns_twice).
  Sanitized,       ///< The function is built with a sanitizer.
  InLoop,          ///< A later iteration may reach it before it is freed.
  SharedFree,      ///< A free of it may also free another object.
  MustTail,        ///< It may reach a musttail call.
  Budget,          ///< The function's promotion budget is spent.
  ChainBudget,     ///< The call chain's promotion budget is spent.
  CallbackBudget,  ///< The same, below a callback (small stacks).
};

/// The words of REMARKS.md for \p R ("too large for stack", ...).
llvm::StringRef stayReasonText(StayReason R);

/// The outcome for one allocation.
struct AllocDecision {
  enum Kind : uint8_t { Promote, Escapes, StaysOnHeap };
  const AllocObject *Alloc;
  Kind Verdict;
  /// Valid when Verdict == StaysOnHeap.
  StayReason Stay = StayReason::OptNone;
  /// The limit that was exceeded (TooLarge: object size; Budget: frame).
  uint64_t Limit = 0;
};

/// A free call that promotion deletes.
struct RemovedFree {
  llvm::CallBase *Call;
  /// Index into PromotionPlan::Decisions of the object whose lifetime ends
  /// here, when the operand is that object and nothing else.
  std::optional<unsigned> EndsLifetimeOf;
};

/// Everything promotion changes in one function.
struct PromotionPlan {
  /// One decision per allocation, in program order.
  std::vector<AllocDecision> Decisions;
  std::vector<RemovedFree> Frees;
  /// `tail` calls that may read a promoted object: a tail call may not
  /// access the caller's stack.
  std::vector<llvm::CallInst *> TailCallsToClear;

  bool promotesAnything() const;
  /// Stack bytes the promoted objects take (sizes rounded to their
  /// alignment).
  uint64_t promotedBytes() const;
};

/// Stack bytes a promoted allocation takes: its size rounded up to its slot
/// alignment (at least 16, malloc's).
uint64_t frameBytes(const AllocSite &Site);

/// Decides what to promote in the function of \p Info.
PromotionPlan planPromotions(const EscapeInfo &Info, const FunctionFacts &FF,
                             const EscapeOptions &Opts);

} // namespace escape

#endif // ESCAPE_PLAN_H
