//===- Plan.cpp - Which allocations move to the stack ---------------------===//
//
// An allocation is promoted when, in this order:
//  1. it does not outlive the function (escape analysis);
//  2. nothing about the function or the size forbids it (optnone, sanitizer,
//     recursion, setjmp, constant non-zero size within the object limit);
//  3. it is dead before its call runs again: every path from the call back
//     to itself passes a free of this instance (the call's value, or a phi
//     that certainly holds it), or leaves through a test that found it null
//     (`if (!p) continue;`). The promoted object then reuses one entry-block
//     slot; reaching an older instance after the call ran again would be a
//     use after free in the original program;
//  4. every free that may free it frees only promoted objects (a free that
//     may also free a heap object cannot be deleted, and is never guessed);
//  5. it never reaches a musttail call;
//  6. the function's frame budget, and the call chain's budget left by the
//     deepest chain of callees, still have room for it (program order).
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
#include <limits>

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
  case StayReason::ChainBudget:
    return "call-chain stack budget exhausted";
  case StayReason::CallbackBudget:
    return "callback stack budget exhausted";
  }
  llvm_unreachable("unknown stay reason");
}

bool PromotionPlan::promotesAnything() const {
  return any_of(Decisions, [](const AllocDecision &D) {
    return D.Verdict == AllocDecision::Promote;
  });
}

uint64_t PromotionPlan::promotedBytes() const {
  // Bounded by the frame budget (applyBudget), so the sum cannot wrap.
  uint64_t Bytes = 0;
  for (const AllocDecision &D : Decisions)
    if (D.Verdict == AllocDecision::Promote)
      Bytes += frameBytes(D.Alloc->Site);
  return Bytes;
}

uint64_t frameBytes(const AllocSite &Site) {
  uint64_t Alignment = 16;
  if (Site.RequestedAlign)
    Alignment = std::max<uint64_t>(Alignment, Site.RequestedAlign->value());
  // Saturate rather than wrap: a size near 2^64 must not round to zero.
  if (*Site.Size > std::numeric_limits<uint64_t>::max() - Alignment)
    return std::numeric_limits<uint64_t>::max();
  return alignTo(*Site.Size, Alignment);
}

namespace {

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

/// SSA values that certainly hold the current instance of an allocation:
/// the call itself and phis that merge it (a rotated loop frees a phi of the
/// call and its copy before the loop).
using InstanceNames = SmallPtrSet<const Value *, 4>;

/// The successor of \p BB entered only when a test found the instance null
/// (`if (!p) continue;`), if \p BB ends with such a test. No instance lives
/// on that edge.
const BasicBlock *nullSuccessor(const BasicBlock *BB,
                                const InstanceNames &Names) {
  auto *Br = dyn_cast<BranchInst>(BB->getTerminator());
  if (!Br || !Br->isConditional() || Br->getSuccessor(0) == Br->getSuccessor(1))
    return nullptr;
  auto *Cmp = dyn_cast<ICmpInst>(Br->getCondition());
  if (!Cmp || !Cmp->isEquality())
    return nullptr;
  const Value *L = Cmp->getOperand(0)->stripPointerCasts();
  const Value *R = Cmp->getOperand(1)->stripPointerCasts();
  if (!((Names.count(L) && isa<ConstantPointerNull>(R)) ||
        (Names.count(R) && isa<ConstantPointerNull>(L))))
    return nullptr;
  return Br->getSuccessor(Cmp->getPredicate() == ICmpInst::ICMP_EQ ? 0 : 1);
}

bool Planner::reachesItselfAlive(const CallBase *Call) const {
  // A forward must-analysis from just after the call: In[B] holds the names
  // of the current instance on every live path into B. The instance dies at
  // a free of one of its names, or on the null edge of a test of one; if it
  // can reach the call again alive, two instances would share one slot.
  DenseMap<const Instruction *, const Value *> FreedBy;
  for (const FreeSite &FS : Info.frees())
    FreedBy[FS.Call] = FS.Operand->stripPointerCasts();

  DenseMap<const BasicBlock *, InstanceNames> In;
  SmallVector<const BasicBlock *, 16> Work;
  bool Reached = false;

  // Runs the instructions of BB from It; the names at the end, or nothing if
  // the instance died (or the call was reached).
  auto Walk = [&](const BasicBlock *BB, BasicBlock::const_iterator It,
                  InstanceNames Names) -> std::optional<InstanceNames> {
    for (; It != BB->end(); ++It) {
      if (&*It == Call) {
        Reached = true;
        return std::nullopt;
      }
      auto Freed = FreedBy.find(&*It);
      if (Freed != FreedBy.end() && Names.count(Freed->second))
        return std::nullopt;
    }
    return Names;
  };
  auto Propagate = [&](const BasicBlock *From, const InstanceNames &Out) {
    const BasicBlock *Null = nullSuccessor(From, Out);
    for (const BasicBlock *Succ : successors(From)) {
      if (Succ == Null)
        continue;
      // Entering Succ redefines its phis: a phi names the instance if its
      // value on this edge does.
      InstanceNames Entry;
      for (const Value *V : Out)
        if (!isa<PHINode>(V) || cast<PHINode>(V)->getParent() != Succ)
          Entry.insert(V);
      for (const PHINode &P : Succ->phis())
        if (Out.count(P.getIncomingValueForBlock(From)->stripPointerCasts()))
          Entry.insert(&P);
      auto [It, New] = In.try_emplace(Succ, Entry);
      if (!New) {
        InstanceNames Meet;
        for (const Value *V : It->second)
          if (Entry.count(V))
            Meet.insert(V);
        if (Meet.size() == It->second.size())
          continue;
        It->second = std::move(Meet);
      }
      Work.push_back(Succ);
    }
  };

  InstanceNames Start;
  Start.insert(Call);
  if (std::optional<InstanceNames> Out =
          Walk(Call->getParent(), std::next(Call->getIterator()), Start))
    Propagate(Call->getParent(), *Out);
  while (!Work.empty() && !Reached) {
    const BasicBlock *BB = Work.pop_back_val();
    if (std::optional<InstanceNames> Out = Walk(BB, BB->begin(), In[BB]))
      Propagate(BB, *Out);
  }
  return Reached;
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
  // The chain budget is what the deepest chain of callees left over. Below a
  // callback the stack may be small; every function on a chain from the
  // callback down is itself below it, so the smaller limit holds for the
  // whole chain.
  bool Small = FF.CalledBack && Opts.MaxCallbackChainSize < Opts.MaxChainSize;
  uint64_t ChainLimit = Small ? Opts.MaxCallbackChainSize : Opts.MaxChainSize;
  StayReason ChainReason =
      Small ? StayReason::CallbackBudget : StayReason::ChainBudget;
  uint64_t ChainRoom =
      ChainLimit > FF.CalleeStackBytes ? ChainLimit - FF.CalleeStackBytes : 0;
  uint64_t Used = 0;
  for (AllocDecision &D : Plan.Decisions) {
    if (D.Verdict != AllocDecision::Promote)
      continue;
    // Used never exceeds either limit, so the subtractions cannot wrap.
    uint64_t Bytes = frameBytes(D.Alloc->Site);
    if (Bytes > Opts.MaxFrameSize - Used) {
      demote(D, StayReason::Budget, Opts.MaxFrameSize);
      continue;
    }
    if (Bytes > ChainRoom - Used) {
      demote(D, ChainReason, ChainLimit);
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
