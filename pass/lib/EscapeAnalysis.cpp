//===- EscapeAnalysis.cpp - Escape facts of one function ------------------===//
//
// Builds and solves the graph, then reads the facts off the solution: which
// sink each object reached and through which flow.
//
//===----------------------------------------------------------------------===//

#include "escape/EscapeAnalysis.h"
#include "escape/Build.h"
#include "escape/Options.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Argument.h"
#include "llvm/IR/Function.h"

using namespace llvm;

namespace escape {

AnalysisKey EscapeAnalysis::Key;

EscapeInfo::EscapeInfo(Function &Fn, const CalleeModel &Callees,
                       const LoopInfo *LI)
    : F(&Fn) {
  BuiltGraph B = buildGraph(Fn, Callees, LI);
  G = std::move(B.Graph);
  Allocs = std::move(B.Allocs);
  Frees = std::move(B.Frees);
  S = solve(*G);

  Fates.resize(G->numObjects());
  auto ReasonInto = [&](ObjId O, LocId Sink) {
    std::vector<Step> Path = S.pathTo(O, Sink);
    return Path.empty() ? Reason::Assign : G->flow(Path.back().Via).Why;
  };
  for (ObjId O = 0; O < G->numObjects(); ++O) {
    ObjectFate &Fate = Fates[O];
    Fate.Escapes = S.pointsTo(EscapeGraph::HeapLoc).test(O);
    Fate.Returned = S.pointsTo(EscapeGraph::ResultLoc).test(O);
    if (Fate.Escapes) {
      Fate.Sink = EscapeGraph::HeapLoc;
      Fate.Why = ReasonInto(O, EscapeGraph::HeapLoc);
    } else if (Fate.Returned) {
      Fate.Sink = EscapeGraph::ResultLoc;
      Fate.Why = Reason::Return;
    }
  }
  // {freed} mixes direct frees and freeing callees; tell them apart by the
  // flows into it.
  for (FlowId Id = 0; Id < G->numFlows(); ++Id) {
    const Flow &Fl = G->flow(Id);
    if (Fl.Kind != FlowKind::Assign || Fl.Dst != EscapeGraph::FreedLoc)
      continue;
    for (ObjId O : S.pointsTo(Fl.Src)) {
      ObjectFate &Fate = Fates[O];
      if (Fl.Why == Reason::Free) {
        Fate.Freed = true;
        continue;
      }
      if (!Fate.FreedByCallee && !Fate.Sink) {
        Fate.Sink = EscapeGraph::FreedLoc;
        Fate.Why = Fl.Why;
      }
      Fate.FreedByCallee = true;
    }
  }
}

ParamFacts EscapeInfo::paramFacts(const Argument &A) const {
  ParamFacts Facts;
  std::optional<ObjId> P = G->findObject(&A);
  if (!P || G->object(*P).Kind != ObjectKind::Param)
    return Facts;
  // The builder creates a parameter's content object right after it.
  ObjId PC = *P + 1;
  assert(G->object(PC).Kind == ObjectKind::ParamContent &&
         G->object(PC).Def == &A && "param content object out of place");
  const ObjectFate &Pointee = Fates[*P];
  const ObjectFate &Content = Fates[PC];
  Facts.Leaks = Pointee.Escapes;
  // A freed content object is gone for the caller, as if it had escaped.
  Facts.ContentLeaks =
      Content.Escapes || Content.Freed || Content.FreedByCallee;
  Facts.Freed = Pointee.Freed || Pointee.FreedByCallee;
  if (Pointee.Returned)
    Facts.ResultLevel = 0;
  else if (Fates[PC].Returned)
    Facts.ResultLevel = 1;
  if (Facts.Leaks)
    Facts.Why = Pointee.Why;
  else if (Facts.ContentLeaks)
    Facts.Why = Content.Sink ? Content.Why : Reason::Free;
  return Facts;
}

std::vector<Step> EscapeInfo::explain(ObjId O) const {
  const ObjectFate &Fate = Fates[O];
  if (!Fate.Sink)
    return {};
  return S.pathTo(O, *Fate.Sink);
}

Solution::ObjectSet EscapeInfo::reachableFrom(LocId L) const {
  return S.closure(S.pointsTo(L), *G);
}

EscapeInfo EscapeAnalysis::run(Function &F, FunctionAnalysisManager &FAM) {
  const TargetLibraryInfo &TLI = FAM.getResult<TargetLibraryAnalysis>(F);
  const LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  EscapeOptions Opts = EscapeOptions::fromCommandLine();
  CalleeModel Callees(TLI, Opts.Allocators);
  return EscapeInfo(F, Callees, &LI);
}

} // namespace escape
