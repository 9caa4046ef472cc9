//===- Summary.cpp - Interprocedural facts from a callee's analysis -------===//
//
// A parameter's pointee is the callee's Param object, whatever lies behind
// pointers loaded from it its ParamContent object. A byte of the pointee is
// read as data when an access of a non-pointer type may touch it, or when a
// copy (memcpy, strcpy, ...) takes it somewhere else: the copied bytes are
// not followed further.
//
//===----------------------------------------------------------------------===//

#include "escape/Summary.h"
#include "escape/Build.h"
#include "escape/EscapeAnalysis.h"
#include "llvm/IR/Function.h"

using namespace llvm;

namespace escape {

bool wantsSummary(const Function &F) {
  if (F.isDeclaration() || !F.hasExactDefinition() || !F.onlyReadsMemory())
    return false;
  // Plain data only: a result that carries pointers ({ptr, i64}) hands
  // out what the callee read, which the summary does not describe.
  Type *R = F.getReturnType();
  if (R->isVoidTy() || carriesPointers(R))
    return false;
  return any_of(F.args(),
                [](const Argument &A) { return A.getType()->isPointerTy(); });
}

FunctionSummary summarize(const EscapeInfo &Info) {
  const Function &F = Info.function();
  const EscapeGraph &G = Info.graph();
  const Solution &S = Info.solution();
  FunctionSummary Sum;
  Sum.Params.resize(F.arg_size());
  for (const Argument &A : F.args())
    if (A.getType()->isPointerTy()) {
      ParamSummary &P = Sum.Params[A.getArgNo()];
      ParamFacts Facts = Info.paramFacts(A);
      P.ContentLeaks = Facts.ContentLeaks || Facts.ResultLevel.has_value();
      P.Reads = DataReads();
    }

  auto Touch = [&](LocId Ptr, std::optional<uint64_t> Size) {
    Offset Off = S.offset(Ptr);
    for (ObjId O : S.pointsTo(Ptr)) {
      const Object &Obj = G.object(O);
      if (Obj.Kind != ObjectKind::Param && Obj.Kind != ObjectKind::ParamContent)
        continue;
      ParamSummary &P = Sum.Params[Obj.ArgNo];
      if (Obj.Kind == ObjectKind::ParamContent)
        P.Reads.Deep = true;
      else if (Off.isKnown() && Size)
        P.Reads.Ranges.push_back({Off.value(), Off.value() + int64_t(*Size)});
      else
        P.Reads.All = true;
    }
  };
  for (const Access &A : G.accesses())
    if (!A.HoldsPointers)
      Touch(A.Ptr, A.Size);
  for (FlowId F = 0, N = G.numFlows(); F < N; ++F)
    if (G.flow(F).Kind == FlowKind::Copy)
      Touch(G.flow(F).Src, std::nullopt);
  return Sum;
}

} // namespace escape
