//===- HeapToStack.cpp - Rewriting allocations as stack slots -------------===//
//
// Applies a PromotionPlan. The plan has already proven every edit safe; this
// file only knows how to make each edit well-formed IR: entry-block allocas
// (one slot per allocation site, whatever loop it is in), lifetime markers,
// zeroing for calloc, the literal for strdup, deleted frees, folded null
// checks, cleared `tail` markers.
//
//===----------------------------------------------------------------------===//

#include "escape/HeapToStack.h"
#include "escape/Compat.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace escape {

namespace {

/// malloc's alignment on the targets Escape supports (x86-64, AArch64).
constexpr uint64_t MallocAlignment = 16;

/// Turns an invoke into a call (an allocation or free that cannot throw in
/// practice, but was emitted as an invoke under -fexceptions).
CallBase *asCall(CallBase *CB) {
  if (auto *II = dyn_cast<InvokeInst>(CB))
    return changeToCall(II);
  return CB;
}

/// Replaces `icmp eq/ne %slot, null` by its constant result: an alloca is
/// never null.
void foldNullChecks(AllocaInst *Slot) {
  SmallVector<ICmpInst *, 4> Checks;
  for (User *U : Slot->users())
    if (auto *Cmp = dyn_cast<ICmpInst>(U))
      if (Cmp->isEquality() && (isa<ConstantPointerNull>(Cmp->getOperand(0)) ||
                                isa<ConstantPointerNull>(Cmp->getOperand(1))))
        Checks.push_back(Cmp);
  for (ICmpInst *Cmp : Checks) {
    bool IsNe = Cmp->getPredicate() == ICmpInst::ICMP_NE;
    Cmp->replaceAllUsesWith(ConstantInt::getBool(Cmp->getType(), IsNe));
    Cmp->eraseFromParent();
  }
}

/// Makes the stack slot for one allocation and rewrites the call into it.
AllocaInst *promote(const AllocSite &Site, BasicBlock &Entry) {
  CallBase *Call = asCall(Site.Call);
  const DataLayout &DL = Entry.getModule()->getDataLayout();
  uint64_t Size = *Site.Size;
  uint64_t AlignBytes = MallocAlignment;
  if (Site.RequestedAlign)
    AlignBytes = std::max(AlignBytes, Site.RequestedAlign->value());
  Align SlotAlign(AlignBytes);

  IRBuilder<> AtEntry(&Entry, Entry.begin());
  // Like the allocas clang emits, the slot itself has no source position.
  AtEntry.SetCurrentDebugLocation(DebugLoc());
  Type *SlotTy = ArrayType::get(AtEntry.getInt8Ty(), Size);
  AllocaInst *Slot = AtEntry.CreateAlloca(
      SlotTy, DL.getAllocaAddrSpace(), nullptr,
      Call->hasName() ? Call->getName() + ".stack" : Twine("escape.stack"));
  Slot->setAlignment(SlotAlign);

  IRBuilder<> AtCall(Call->getParent(), Call->getIterator());
  AtCall.SetCurrentDebugLocation(Call->getDebugLoc());
  compat::createLifetimeStart(AtCall, Slot, Size);
  if (Site.Zeroed)
    AtCall.CreateMemSet(Slot, AtCall.getInt8(0), Size, SlotAlign);
  if (Site.LiteralBytes) {
    // strdup("literal"): the literal with its terminator; strndup may cut
    // it and add its own.
    if (*Site.LiteralBytes)
      AtCall.CreateMemCpy(Slot, SlotAlign, Call->getArgOperand(0),
                          MaybeAlign(1), *Site.LiteralBytes);
    if (*Site.LiteralBytes < Size) {
      Value *Last =
          AtCall.CreateConstInBoundsGEP1_64(AtCall.getInt8Ty(), Slot, Size - 1);
      AtCall.CreateStore(AtCall.getInt8(0), Last);
    }
  }

  Value *Replacement = Slot;
  if (Slot->getType() != Call->getType())
    Replacement = AtCall.CreateAddrSpaceCast(Slot, Call->getType());
  Call->replaceAllUsesWith(Replacement);
  Call->eraseFromParent();
  return Slot;
}

} // namespace

bool applyPromotionPlan(Function &F, const PromotionPlan &Plan) {
  if (!Plan.promotesAnything())
    return false;
  // A `tail` call promises not to touch the caller's stack. (Done first:
  // some of these calls may be frees deleted below.)
  for (CallInst *CI : Plan.TailCallsToClear)
    CI->setTailCallKind(CallInst::TCK_None);

  BasicBlock &Entry = F.getEntryBlock();
  std::vector<AllocaInst *> Slots(Plan.Decisions.size(), nullptr);
  for (unsigned I = 0; I < Plan.Decisions.size(); ++I) {
    const AllocDecision &D = Plan.Decisions[I];
    if (D.Verdict == AllocDecision::Promote)
      Slots[I] = promote(D.Alloc->Site, Entry);
  }

  for (const RemovedFree &R : Plan.Frees) {
    CallBase *Free = asCall(R.Call);
    if (R.EndsLifetimeOf) {
      AllocaInst *Slot = Slots[*R.EndsLifetimeOf];
      IRBuilder<> B(Free->getParent(), Free->getIterator());
      B.SetCurrentDebugLocation(Free->getDebugLoc());
      uint64_t Size = *Plan.Decisions[*R.EndsLifetimeOf].Alloc->Site.Size;
      compat::createLifetimeEnd(B, Slot, Size);
    }
    Free->eraseFromParent();
  }

  for (AllocaInst *Slot : Slots)
    if (Slot)
      foldNullChecks(Slot);
  return true;
}

} // namespace escape
