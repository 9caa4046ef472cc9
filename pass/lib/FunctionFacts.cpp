//===- FunctionFacts.cpp - Function-level promotion blockers --------------===//
//
// A function may be re-entered while it is active when it lies on a cycle of
// direct calls, or when it can be called back: it is reachable from a
// function whose address is taken (a callback, a dispatch-table entry) and
// it may itself run code the module cannot see (an indirect call, an
// external function, qsort and other libc functions that call back). Both
// are treated as recursion. A cycle that goes through another translation
// unit by name is invisible here; the per-object and per-frame limits bound
// what it can cost.
//
//===----------------------------------------------------------------------===//

#include "escape/FunctionFacts.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/Analysis/CallGraph.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace escape {

namespace {

/// C library functions that call functions they are given.
bool callsBack(const Function &Callee, const TargetLibraryInfo &TLI) {
  LibFunc LF;
  if (TLI.getLibFunc(Callee, LF) && TLI.has(LF))
    return LF == LibFunc_qsort;
  return true;
}

/// True if \p F itself calls code outside the module's view: indirect calls,
/// declarations other than intrinsics and C library functions that do not
/// call back.
bool callsUnknownCode(Function &F, const TargetLibraryInfo &TLI) {
  for (Instruction &I : instructions(F)) {
    auto *CB = dyn_cast<CallBase>(&I);
    if (!CB || CB->isInlineAsm())
      continue;
    const Function *Callee = CB->getCalledFunction();
    if (!Callee)
      return true;
    if (Callee->isDeclaration() && !Callee->isIntrinsic() &&
        callsBack(*Callee, TLI))
      return true;
  }
  return false;
}

} // namespace

ModuleFacts
computeModuleFacts(Module &M,
                   function_ref<const TargetLibraryInfo &(Function &)> GetTLI) {
  ModuleFacts MF;
  DenseSet<const Function *> &Recursive = MF.Recursive;
  DenseSet<const Function *> ReachesUnknown;
  CallGraph CG(M);
  // SCCs come callees first, so a function's callees are settled before it.
  for (scc_iterator<CallGraph *> I = scc_begin(&CG); !I.isAtEnd(); ++I) {
    bool Unknown = false;
    for (const CallGraphNode *N : *I) {
      Function *F = N->getFunction();
      if (!F || F->isDeclaration())
        continue;
      Unknown |= callsUnknownCode(*F, GetTLI(*F));
      for (const CallGraphNode::CallRecord &Call : *N)
        if (const Function *Callee = Call.second->getFunction())
          Unknown |= ReachesUnknown.count(Callee);
    }
    for (const CallGraphNode *N : *I) {
      Function *F = N->getFunction();
      if (!F || F->isDeclaration())
        continue;
      MF.BottomUp.push_back(F);
      auto &Callees = MF.Callees[F];
      for (const CallGraphNode::CallRecord &Call : *N)
        if (const Function *Callee = Call.second->getFunction())
          if (!Callee->isDeclaration() && !is_contained(Callees, Callee))
            Callees.push_back(Callee);
      if (I.hasCycle())
        Recursive.insert(F);
      if (Unknown)
        ReachesUnknown.insert(F);
    }
  }

  // Everything a callback may call directly can be re-entered through it.
  SmallVector<const Function *, 16> Work;
  DenseSet<const Function *> CalledBack;
  for (Function &F : M)
    if (!F.isDeclaration() && F.hasAddressTaken() &&
        CalledBack.insert(&F).second)
      Work.push_back(&F);
  while (!Work.empty()) {
    const Function *F = Work.pop_back_val();
    for (const CallGraphNode::CallRecord &Call : *CG[F])
      if (const Function *Callee = Call.second->getFunction())
        if (!Callee->isDeclaration() && CalledBack.insert(Callee).second)
          Work.push_back(Callee);
  }
  for (const Function *F : CalledBack)
    if (ReachesUnknown.count(F))
      Recursive.insert(F);
  return MF;
}

FunctionFacts computeFunctionFacts(const Function &F, const ModuleFacts &MF,
                                   uint64_t CalleeStackBytes) {
  FunctionFacts FF;
  FF.OptNone = F.hasOptNone();
  FF.Recursive = MF.Recursive.count(&F);
  FF.CalleeStackBytes = CalleeStackBytes;
  FF.CallsSetjmp = F.callsFunctionThatReturnsTwice();
  FF.Sanitized = F.hasFnAttribute(Attribute::SanitizeAddress) ||
                 F.hasFnAttribute(Attribute::SanitizeHWAddress) ||
                 F.hasFnAttribute(Attribute::SanitizeMemory) ||
                 F.hasFnAttribute(Attribute::SanitizeThread) ||
                 F.hasFnAttribute(Attribute::SanitizeMemTag);
  return FF;
}

} // namespace escape
