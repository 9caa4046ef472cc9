//===- EscapePass.cpp - The heap-to-stack module pass ---------------------===//
//
// Per defined function: analyse, plan, report, rewrite, clean up. Functions
// that allocate nothing are skipped unless someone listens to remarks (the
// parameter facts are remarks too), which keeps the pass cheap on code that
// never calls malloc.
//
//===----------------------------------------------------------------------===//

#include "escape/EscapePass.h"
#include "escape/EscapeAnalysis.h"
#include "escape/FunctionFacts.h"
#include "escape/HeapToStack.h"
#include "escape/Plan.h"
#include "escape/Remarks.h"
#include "escape/Summary.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/InstCombine/InstCombine.h"
#include "llvm/Transforms/Scalar/DeadStoreElimination.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/MemCpyOptimizer.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"

using namespace llvm;

namespace escape {

namespace {

bool allocatesAnything(Function &F, const CalleeModel &Callees) {
  for (Instruction &I : instructions(F))
    if (auto *CB = dyn_cast<CallBase>(&I))
      if (Callees.allocation(*CB))
        return true;
  return false;
}

/// What a promoted buffer needs to end up where a hand-written local array
/// would: the optimizer pipeline after OptimizerEarly runs no SROA or DSE of
/// its own. (GVN was measured to add nothing on bench/ over EarlyCSE, at the
/// highest compile-time cost of the lot.)
FunctionPassManager cleanupPipeline() {
  FunctionPassManager FPM;
  FPM.addPass(SROAPass(SROAOptions::ModifyCFG));
  FPM.addPass(EarlyCSEPass(/*UseMemorySSA=*/true));
  FPM.addPass(InstCombinePass());
  FPM.addPass(MemCpyOptPass());
  FPM.addPass(DSEPass());
  FPM.addPass(InstCombinePass());
  FPM.addPass(SimplifyCFGPass());
  return FPM;
}

} // namespace

PreservedAnalyses HeapToStackPass::run(Module &M, ModuleAnalysisManager &MAM) {
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  auto GetTLI = [&](Function &F) -> const TargetLibraryInfo & {
    return FAM.getResult<TargetLibraryAnalysis>(F);
  };
  // Most modules of a C program allocate little: skip the call graph when
  // nothing here allocates and nobody listens to remarks.
  bool Work = false;
  for (Function &F : M)
    if (!F.isDeclaration() &&
        (remarksWanted(F) ||
         allocatesAnything(F, CalleeModel(GetTLI(F), Opts.Allocators)))) {
      Work = true;
      break;
    }
  if (!Work)
    return PreservedAnalyses::all();

  ModuleFacts MF = computeModuleFacts(M, GetTLI);
  // Bytes promoted along the deepest chain of direct calls from a function.
  DenseMap<const Function *, uint64_t> ChainBytes;
  // What each function analysed so far reads behind its parameters. The
  // call graph does not order a callback (a qsort comparator) before the
  // function that hands it out: summarise those first.
  SummaryTable Summaries;
  for (Function *F : MF.BottomUp)
    if (F->hasAddressTaken() && wantsSummary(*F)) {
      CalleeModel Callees(GetTLI(*F), Opts.Allocators, &Summaries);
      Summaries[F] =
          summarize(EscapeInfo(*F, Callees, &FAM.getResult<LoopAnalysis>(*F)));
    }
  std::optional<FunctionPassManager> Cleanup;
  bool Changed = false;

  for (Function *FP : MF.BottomUp) {
    Function &F = *FP;
    uint64_t Below = 0;
    for (const Function *Callee : MF.Callees[&F])
      Below = std::max(Below, ChainBytes.lookup(Callee));
    ChainBytes[&F] = Below;

    CalleeModel Callees(GetTLI(F), Opts.Allocators, &Summaries);
    bool WantRemarks = remarksWanted(F);
    bool Allocates = allocatesAnything(F, Callees);
    bool Summarize = wantsSummary(F);
    if (!WantRemarks && !Allocates && !Summarize)
      continue;

    EscapeInfo Info(F, Callees, &FAM.getResult<LoopAnalysis>(F));
    // A callback summarised up front is summarised again: its callees'
    // summaries are known now.
    if (Summarize)
      Summaries[&F] = summarize(Info);
    if (!WantRemarks && !Allocates)
      continue;
    FunctionFacts FF = computeFunctionFacts(F, MF, Below);
    PromotionPlan Plan = planPromotions(Info, FF, Opts);
    ChainBytes[&F] = Below + Plan.promotedBytes();
    if (WantRemarks)
      emitRemarks(Info, Plan,
                  FAM.getResult<OptimizationRemarkEmitterAnalysis>(F),
                  Opts.Explain);
    if (!applyPromotionPlan(F, Plan))
      continue;

    Changed = true;
    FAM.invalidate(F, PreservedAnalyses::none());
    if (Opts.Cleanup) {
      if (!Cleanup)
        Cleanup = cleanupPipeline();
      FAM.invalidate(F, Cleanup->run(F, FAM));
    }
  }

  if (!Changed)
    return PreservedAnalyses::all();
  // Function analyses of changed functions were invalidated above; the call
  // graph lost its edges to free.
  PreservedAnalyses PA;
  PA.preserveSet<AllAnalysesOn<Function>>();
  PA.preserve<FunctionAnalysisManagerModuleProxy>();
  return PA;
}

} // namespace escape
