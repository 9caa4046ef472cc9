//===- Plugin.cpp - libEscape.so entry point ------------------------------===//
//
// Registers, for `opt -load-pass-plugin` and `clang -fpass-plugin`:
//   heap-to-stack           module pass: analyse, promote, report
//   heap-to-stack<cleanup>  the same, then SROA/InstCombine/... on changed
//                           functions (what clang's pipeline runs)
//   escape                  function analysis (require<escape>)
//   print<escape>           prints the analysis to stderr
// and adds heap-to-stack<cleanup> at the OptimizerEarly extension point, so
// `clang -O1/-O2/-O3 -fpass-plugin=libEscape.so` runs it: after inlining,
// before the last SROA/DSE chances are gone. At -O0 it runs too, and only
// reports (every function is optnone).
//
//===----------------------------------------------------------------------===//

#include "escape/Compat.h"
#include "escape/EscapeAnalysis.h"
#include "escape/EscapePass.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"

using namespace llvm;
using namespace escape;

namespace {

constexpr const char *EscapeVersion = "0.1.0";

EscapeOptions options(bool Cleanup) {
  EscapeOptions Opts = EscapeOptions::fromCommandLine();
  Opts.Cleanup = Cleanup && Opts.Cleanup;
  return Opts;
}

bool parseModulePipeline(StringRef Name, ModulePassManager &MPM,
                         ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "heap-to-stack") {
    MPM.addPass(HeapToStackPass(options(/*Cleanup=*/false)));
    return true;
  }
  if (Name == "heap-to-stack<cleanup>") {
    MPM.addPass(HeapToStackPass(options(/*Cleanup=*/true)));
    return true;
  }
  return false;
}

bool parseFunctionPipeline(StringRef Name, FunctionPassManager &FPM,
                           ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "print<escape>") {
    FPM.addPass(EscapePrinterPass(errs()));
    return true;
  }
  if (Name == "require<escape>") {
    FPM.addPass(RequireAnalysisPass<EscapeAnalysis, Function>());
    return true;
  }
  if (Name == "invalidate<escape>") {
    FPM.addPass(InvalidateAnalysisPass<EscapeAnalysis>());
    return true;
  }
  return false;
}

void registerCallbacks(PassBuilder &PB) {
  PB.registerAnalysisRegistrationCallback([](FunctionAnalysisManager &FAM) {
    FAM.registerPass([] { return EscapeAnalysis(); });
  });
  PB.registerPipelineParsingCallback(parseModulePipeline);
  PB.registerPipelineParsingCallback(parseFunctionPipeline);
  PB.registerOptimizerEarlyEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel ESCAPE_EP_PHASE_PARAM) {
        MPM.addPass(HeapToStackPass(options(/*Cleanup=*/true)));
      });
}

} // namespace

extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT
    LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo
    llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "Escape", EscapeVersion, registerCallbacks};
}
