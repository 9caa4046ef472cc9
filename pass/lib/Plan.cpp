//===- Plan.cpp - Which allocations move to the stack ---------------------===//
//
// An allocation is promoted when, in this order:
//  1. it does not outlive the function (escape analysis);
//  2. nothing about the function or the size forbids it (optnone, sanitizer,
//     recursion, setjmp, constant non-zero size within the object limit);
//  3. it is dead before its call runs again: every path from the call back
//     to itself passes a free of exactly this object, or leaves through a
//     test that found it null (`if (!p) continue;`). The promoted object
//     then reuses one entry-block slot; reaching an older instance after the
//     call ran again would be a use after free in the original program;
//  4. every free that may free it frees only promoted objects (a free that
//     may also free a heap object cannot be deleted, and is never guessed);
//  5. it never reaches a musttail call;
//  6. the function's budget still has room for it (program order).
// Steps 4 and 6 interact (demoting one object can make a shared free
// inconsistent), so 4 runs again after 6.
//
//===----------------------------------------------------------------------===//

#include "escape/Plan.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace escape {

StringRef stayReasonText(StayReason R) {
  switch (R) {
  case StayReason::OptNone:
    return "optnone function";
  case StayReason::Disabled:
    return "promotion disabled";
  case StayReason::NonConstantSize:
    return "non-constant size";
  case StayReason::ZeroSize:
    return "zero-size allocation";
  case StayReason::TooLarge:
    return "too large for stack";
  case StayReason::Recursive:
    return "recursive function";
  case StayReason::CallsSetjmp:
    return "function calls setjmp";
  case StayReason::Sanitized:
    return "sanitized function";
  case StayReason::InLoop:
    return "allocated in a loop and outlives its iteration";
  case StayReason::SharedFree:
    return "freed through a pointer that may be another object";
  case StayReason::MustTail:
    return "reaches a musttail call";
  case StayReason::Budget:
    return "frame stack budget exhausted";
  }
  llvm_unreachable("unknown stay reason");
}

bool PromotionPlan::promotesAnything() const {
  return any_of(Decisions, [](const AllocDecision &D) {
    return D.Verdict == AllocDecision::Promote;
  });
}

namespace {

/// Bytes the object takes in the frame: its size rounded up to its slot
/// alignment.
uint64_t frameBytes(const AllocSite &Site) {
  uint64_t Alignment = 16;
  if (Site.RequestedAlign)
    Alignment = std::max<uint64_t>(Alignment, Site.RequestedAlign->value());
  return alignTo(*Site.Size, Alignment);
}

class Planner {
public:
  Planner(const EscapeInfo &Info, const FunctionFacts &FF,
          const EscapeOptions &Opts)
      : Info(Info), FF(FF), Opts(Opts) {}

  PromotionPlan run();

private:
  std::optional<StayReason> policy(const AllocSite &Site,
                                   uint64_t &Limit) const;
  bool reachesItselfAlive(const CallBase *Call) const;
  void demote(AllocDecision &D, StayReason Why, uint64_t Limit = 0) {
    D.Verdict = AllocDecision::StaysOnHeap;
    D.Stay = Why;
    D.Limit = Limit;
    Promoted.reset(D.Alloc->Obj);
  }
  AllocDecision &decisionOf(ObjId O) { return Plan.Decisions[IndexOf[O]]; }
  bool keepFreesConsistent();
  void checkMustTail();
  void applyBudget();
  void collectEdits();

  const EscapeInfo &Info;
  const FunctionFacts &FF;
  const EscapeOptions &Opts;
  PromotionPlan Plan;
  Solution::ObjectSet Promoted;
  DenseMap<ObjId, unsigned> IndexOf;
};

std::optional<StayReason> Planner::policy(const AllocSite &Site,
                                          uint64_t &Limit) const {
  if (FF.OptNone)
    return StayReason::OptNone;
  if (!Opts.Promote)
    return StayReason::Disabled;
  if (FF.Sanitized && !Opts.PromoteSanitized)
    return StayReason::Sanitized;
  if (!Site.Size)
    return StayReason::NonConstantSize;
  if (*Site.Size == 0)
    return StayReason::ZeroSize;
  if (*Site.Size > Opts.MaxObjectSize) {
    Limit = Opts.MaxObjectSize;
    return StayReason::TooLarge;
  }
  if (FF.Recursive)
    return StayReason::Recursive;
  if (FF.CallsSetjmp)
    return StayReason::CallsSetjmp;
  return std::nullopt;
}

/// The successor of \p BB entered only when \p Call returned null (`if (!p)
/// return ...`), if \p BB ends with such a test. No instance lives on that
/// edge.
const BasicBlock *nullSuccessor(const BasicBlock *BB, const CallBase *Call) {
  auto *Br = dyn_cast<BranchInst>(BB->getTerminator());
  if (!Br || !Br->isConditional())
    return nullptr;
  auto *Cmp = dyn_cast<ICmpInst>(Br->getCondition());
  if (!Cmp || !Cmp->isEquality())
    return nullptr;
  const Value *L = Cmp->getOperand(0)->stripPointerCasts();
  const Value *R = Cmp->getOperand(1)->stripPointerCasts();
  if (!((L == Call && isa<ConstantPointerNull>(R)) ||
        (R == Call && isa<ConstantPointerNull>(L))))
    return nullptr;
  return Br->getSuccessor(Cmp->getPredicate() == ICmpInst::ICMP_EQ ? 0 : 1);
}

bool Planner::reachesItselfAlive(const CallBase *Call) const {
  // Frees of exactly this instance: the operand is the call's own value.
  SmallPtrSet<const Instruction *, 4> Kills;
  for (const FreeSite &FS : Info.frees())
    if (FS.Operand->stripPointerCasts() == Call)
      Kills.insert(FS.Call);

  const BasicBlock *Home = Call->getParent();
  SmallVector<const BasicBlock *, 16> Work;
  SmallPtrSet<const BasicBlock *, 16> Seen;
  // The rest of the call's own block first.
  bool Killed = false;
  for (auto It = std::next(Call->getIterator()); It != Home->end(); ++It)
    if (Kills.count(&*It)) {
      Killed = true;
      break;
    }
  if (Killed)
    return false;
  auto Enqueue = [&](const BasicBlock *BB) {
    const BasicBlock *Null = nullSuccessor(BB, Call);
    for (const BasicBlock *Succ : successors(BB))
      if (Succ != Null && Seen.insert(Succ).second)
        Work.push_back(Succ);
  };
  Enqueue(Home);
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    bool Dead = false;
    for (const Instruction &I : *BB) {
      if (&I == Call)
        return true;
      if (Kills.count(&I)) {
        Dead = true;
        break;
      }
    }
    if (!Dead)
      Enqueue(BB);
  }
  return false;
}

bool Planner::keepFreesConsistent() {
  bool Changed = false;
  for (bool Again = true; Again;) {
    Again = false;
    for (const FreeSite &FS : Info.frees()) {
      const Solution::ObjectSet &Freed =
          Info.solution().pointsTo(FS.OperandLoc);
      if (!Freed.intersects(Promoted) || Promoted.contains(Freed))
        continue;
      for (ObjId O : Freed &Promoted)
        demote(decisionOf(O), StayReason::SharedFree);
      Again = Changed = true;
    }
  }
  return Changed;
}

void Planner::checkMustTail() {
  for (const BasicBlock &BB : Info.function())
    for (const Instruction &I : BB) {
      auto *CI = dyn_cast<CallInst>(&I);
      if (!CI || !CI->isMustTailCall())
        continue;
      for (const Value *Arg : CI->args())
        if (std::optional<LocId> L = Info.graph().findValueLocation(Arg))
          for (ObjId O : Info.reachableFrom(*L) & Promoted)
            demote(decisionOf(O), StayReason::MustTail);
    }
}

void Planner::applyBudget() {
  uint64_t Used = 0;
  for (AllocDecision &D : Plan.Decisions) {
    if (D.Verdict != AllocDecision::Promote)
      continue;
    uint64_t Bytes = frameBytes(D.Alloc->Site);
    if (Used + Bytes > Opts.MaxFrameSize) {
      demote(D, StayReason::Budget, Opts.MaxFrameSize);
      continue;
    }
    Used += Bytes;
  }
}

void Planner::collectEdits() {
  for (const FreeSite &FS : Info.frees()) {
    const Solution::ObjectSet &Freed = Info.solution().pointsTo(FS.OperandLoc);
    if (Freed.empty() || !Freed.intersects(Promoted))
      continue;
    assert(Promoted.contains(Freed) && "inconsistent free survived");
    RemovedFree R{FS.Call, std::nullopt};
    if (auto *Call = dyn_cast<CallBase>(FS.Operand->stripPointerCasts()))
      if (std::optional<ObjId> O = Info.graph().findObject(Call))
        if (Promoted.test(*O))
          R.EndsLifetimeOf = IndexOf[*O];
    Plan.Frees.push_back(R);
  }
  for (const BasicBlock &BB : Info.function())
    for (const Instruction &I : BB) {
      auto *CI = dyn_cast<CallInst>(&I);
      if (!CI || !CI->isTailCall() || CI->isMustTailCall())
        continue;
      bool ReadsPromoted = any_of(CI->args(), [&](const Value *Arg) {
        std::optional<LocId> L = Info.graph().findValueLocation(Arg);
        return L && Info.reachableFrom(*L).intersects(Promoted);
      });
      if (ReadsPromoted)
        Plan.TailCallsToClear.push_back(const_cast<CallInst *>(CI));
    }
}

PromotionPlan Planner::run() {
  for (const AllocObject &A : Info.allocations()) {
    IndexOf[A.Obj] = Plan.Decisions.size();
    AllocDecision D{&A, AllocDecision::Promote};
    uint64_t Limit = 0;
    if (Info.fate(A.Obj).outlivesFunction())
      D.Verdict = AllocDecision::Escapes;
    else if (std::optional<StayReason> Why = policy(A.Site, Limit)) {
      D.Verdict = AllocDecision::StaysOnHeap;
      D.Stay = *Why;
      D.Limit = Limit;
    } else if (reachesItselfAlive(A.Site.Call)) {
      D.Verdict = AllocDecision::StaysOnHeap;
      D.Stay = StayReason::InLoop;
    }
    if (D.Verdict == AllocDecision::Promote)
      Promoted.set(A.Obj);
    Plan.Decisions.push_back(D);
  }
  if (Promoted.empty())
    return std::move(Plan);
  keepFreesConsistent();
  checkMustTail();
  applyBudget();
  keepFreesConsistent();
  if (!Promoted.empty())
    collectEdits();
  return std::move(Plan);
}

} // namespace

PromotionPlan planPromotions(const EscapeInfo &Info, const FunctionFacts &FF,
                             const EscapeOptions &Opts) {
  return Planner(Info, FF, Opts).run();
}

} // namespace escape
