//===- FunctionFacts.cpp - Function-level promotion blockers --------------===//

#include "escape/FunctionFacts.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/Analysis/CallGraph.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace escape {

DenseSet<const Function *> findRecursiveFunctions(Module &M) {
  DenseSet<const Function *> Recursive;
  CallGraph CG(M);
  for (scc_iterator<CallGraph *> I = scc_begin(&CG); !I.isAtEnd(); ++I) {
    if (!I.hasCycle())
      continue;
    for (const CallGraphNode *N : *I)
      if (const Function *F = N->getFunction())
        Recursive.insert(F);
  }
  return Recursive;
}

FunctionFacts
computeFunctionFacts(const Function &F,
                     const DenseSet<const Function *> &Recursive) {
  FunctionFacts FF;
  FF.OptNone = F.hasOptNone();
  FF.Recursive = Recursive.count(&F);
  FF.CallsSetjmp = F.callsFunctionThatReturnsTwice();
  FF.Sanitized = F.hasFnAttribute(Attribute::SanitizeAddress) ||
                 F.hasFnAttribute(Attribute::SanitizeHWAddress) ||
                 F.hasFnAttribute(Attribute::SanitizeMemory) ||
                 F.hasFnAttribute(Attribute::SanitizeThread) ||
                 F.hasFnAttribute(Attribute::SanitizeMemTag);
  return FF;
}

} // namespace escape
