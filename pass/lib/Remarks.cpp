//===- Remarks.cpp - Decisions as optimization remarks --------------------===//
//
// Messages follow REMARKS.md word for word. Each remark's visible text is
// built from named arguments (Callee, Var, Result, Derefs, ...), and facts
// that the text leaves out (Size, Reason) follow as extra arguments, which
// -fsave-optimization-record keeps and the console does not print.
//
// Names come from debug info when there is some (the variable a value was
// declared as), otherwise from the IR.
//
//===----------------------------------------------------------------------===//

#include "escape/Remarks.h"
#include "escape/Compat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include <set>

using namespace llvm;

namespace escape {

namespace {

using ore::NV;

/// The debug record of the variable \p V was declared as. At -O0 a
/// variable lives in memory: a parameter is stored into its `p.addr` slot
/// and every use of a variable is a load from its slot.
const DbgVariableRecord *variableRecord(const Value *V) {
  Value *Mut = const_cast<Value *>(V);
  if (const DbgVariableRecord *DVR = compat::findVariableRecord(Mut))
    return DVR;
  if (isa<Argument>(V)) {
    for (User *U : Mut->users())
      if (auto *SI = dyn_cast<StoreInst>(U))
        if (SI->getValueOperand() == V)
          if (auto *Slot = dyn_cast<AllocaInst>(SI->getPointerOperand()))
            if (const DbgVariableRecord *DVR = compat::findVariableRecord(Slot))
              return DVR;
  }
  if (auto *LI = dyn_cast<LoadInst>(Mut))
    if (auto *Slot = dyn_cast<AllocaInst>(LI->getPointerOperand()))
      return compat::findVariableRecord(Slot);
  return nullptr;
}

/// The source variable \p V was declared as: its debug record's, or for a
/// parameter without one (unused, optimised away), the subprogram's
/// retained variable with the parameter's number.
const DILocalVariable *variableOf(const Value *V) {
  if (const DbgVariableRecord *DVR = variableRecord(V))
    return DVR->getVariable();
  if (auto *A = dyn_cast<Argument>(V))
    if (const DISubprogram *SP = A->getParent()->getSubprogram())
      for (const DINode *N : SP->getRetainedNodes())
        if (auto *Var = dyn_cast<DILocalVariable>(N))
          if (Var->getArg() == A->getArgNo() + 1)
            return Var;
  return nullptr;
}

/// The source-level name of \p V: its debug variable, else the IR name of
/// an argument or global (instruction names are compiler-made).
std::string sourceName(const Value *V) {
  if (const DILocalVariable *Var = variableOf(V))
    return Var->getName().str();
  if (V->hasName() && !isa<Instruction>(V))
    return V->getName().str();
  return "";
}

/// How an allocation call's argument is written in its label.
std::string argumentText(const Value *Arg) {
  if (auto *C = dyn_cast<ConstantInt>(Arg))
    return std::to_string(C->getZExtValue());
  StringRef Str;
  if (getConstantStringInfo(Arg, Str)) {
    std::string Quoted = "\"";
    raw_string_ostream OS(Quoted);
    printEscapedString(Str.take_front(24), OS);
    if (Str.size() > 24)
      OS << "...";
    OS << "\"";
    return Quoted;
  }
  std::string Name = sourceName(Arg);
  return Name.empty() ? "..." : Name;
}

/// `malloc(64)`, `calloc(n, 4)`, `strdup("abc")`: the allocation as
/// REMARKS.md names it when no source text is at hand.
std::string argumentsText(const AllocSite &Site) {
  std::string Text;
  for (const Use &U : Site.Call->args()) {
    if (!Text.empty())
      Text += ", ";
    Text += argumentText(U.get());
  }
  return Text;
}

/// The declaration position of variable-backed value \p V, or the function.
DiagnosticLocation declarationOf(const Value *V, const Function &F) {
  if (const DbgVariableRecord *DVR = variableRecord(V))
    if (const DebugLoc &DL = DVR->getDebugLoc(); DL && DL.getLine())
      return DiagnosticLocation(DL);
  // At -O1 and above clang's assignment tracking (and later SROA) leave only
  // line-0 locations on the records, and a DILocalVariable has no column:
  // the variable's line is all there is.
  if (const DILocalVariable *Var = variableOf(V); Var && Var->getLine())
    return DiagnosticLocation(DebugLoc(
        DILocation::get(F.getContext(), Var->getLine(), 0, Var->getScope())));
  if (const DISubprogram *SP = F.getSubprogram())
    return DiagnosticLocation(SP);
  return DiagnosticLocation();
}

/// A name for parameter \p A: the source name, else the IR name, else Go's
/// `~pN` for anonymous parameters.
std::string paramName(const Argument &A) {
  std::string Name = sourceName(&A);
  if (!Name.empty())
    return Name;
  return "~p" + std::to_string(A.getArgNo());
}

class RemarkWriter {
public:
  RemarkWriter(const EscapeInfo &Info, OptimizationRemarkEmitter &ORE,
               bool Explain)
      : Info(Info), ORE(ORE), Explain(Explain),
        Entry(&Info.function().getEntryBlock()) {}

  void allocation(const AllocDecision &D);
  void parameter(const Argument &A);
  void local(ObjId O);

private:
  /// Emits \p R, then, with -escape-explain, the flow that took \p O to its
  /// sink, as remarks of the same kind right after it.
  template <typename RemarkT>
  void emitExplained(RemarkT &R, std::optional<ObjId> O,
                     const DiagnosticLocation &Loc);
  /// With -escape-explain, the steps of \p O's path worth a line.
  std::vector<Step> explanation(std::optional<ObjId> O) const;
  /// A location as the explanation lines name it: a variable, `*p`,
  /// `{heap}`.
  std::string describe(LocId L) const;
  /// An SSA value as the explanation lines name it.
  std::string describeValue(const llvm::Value *V) const;
  /// A call as the explanation lines show it: `stash(p)`.
  std::string describeCall(const llvm::CallBase &CB) const;
  /// The `flow:` and `from` lines of one step of a path.
  std::pair<std::string, std::string> describeStep(const Step &S) const;

  const EscapeInfo &Info;
  OptimizationRemarkEmitter &ORE;
  bool Explain;
  const BasicBlock *Entry;
};

std::string RemarkWriter::describe(LocId Id) const {
  const EscapeGraph &G = Info.graph();
  const Location &L = G.location(Id);
  if (L.Kind == LocKind::Value) {
    // An alloca is the address of its variable: `&x`.
    if (auto *AI = dyn_cast<AllocaInst>(L.V)) {
      std::string Name = sourceName(AI);
      if (!Name.empty())
        return "&" + Name;
    }
    std::string Name = sourceName(L.V);
    return Name.empty() ? valueName(L.V) : Name;
  }
  if (L.Kind == LocKind::Contents) {
    const Object &O = G.object(L.Owner);
    if (O.Def && (O.Kind == ObjectKind::Local || O.Kind == ObjectKind::Heap ||
                  O.Kind == ObjectKind::Param)) {
      std::string Name = sourceName(O.Def);
      if (!Name.empty())
        return O.Kind == ObjectKind::Local ? Name : "*" + Name;
    }
  }
  return G.locationName(Id);
}

/// How a call appears in an explanation: `stash(p)`.
std::string RemarkWriter::describeCall(const CallBase &CB) const {
  std::string Text;
  if (CB.isInlineAsm())
    Text = "asm";
  else if (const Function *Callee = CB.getCalledFunction())
    Text = Callee->getName().str();
  else
    Text = "(*" + describeValue(CB.getCalledOperand()) + ")";
  Text += "(";
  ListSeparator LS;
  for (const Use &U : CB.args()) {
    Text += LS;
    if (auto *C = dyn_cast<ConstantInt>(U.get()))
      Text += std::to_string(C->getSExtValue());
    else
      Text += describeValue(U.get());
  }
  return Text + ")";
}

std::string RemarkWriter::describeValue(const Value *V) const {
  if (std::optional<LocId> L = Info.graph().findValueLocation(V))
    return describe(*L);
  std::string Name = sourceName(V);
  return Name.empty() ? "..." : Name;
}

std::pair<std::string, std::string>
RemarkWriter::describeStep(const Step &S) const {
  const Flow &F = Info.graph().flow(S.Via);
  std::string To = describe(S.To), From = describe(S.From);
  std::string FlowLine = "flow: " + To + " = " + From + ":";
  std::string What = To + " = " + From;
  if (F.Kind == FlowKind::Assign && S.To == EscapeGraph::ResultLoc)
    What = "return " + From;
  else if (auto *SI = dyn_cast_or_null<StoreInst>(F.At)) {
    // A store straight into a global names the global.
    if (F.Why == Reason::AssignToGlobal)
      What = getUnderlyingObject(SI->getPointerOperand())->getName().str() +
             " = " + From;
  } else if (auto *CB = dyn_cast_or_null<CallBase>(F.At)) {
    // Kept, freed or printed by a callee: show the call.
    if (S.To == EscapeGraph::HeapLoc || S.To == EscapeGraph::FreedLoc)
      What = describeCall(*CB);
  }
  std::string FromLine = "from " + What + " (" + reasonText(F.Why).str() + ")";
  if (F.At)
    if (const DebugLoc &DL = F.At->getDebugLoc())
      FromLine += " at " + DL->getFilename().str() + ":" +
                  std::to_string(DL.getLine()) + ":" +
                  std::to_string(DL.getCol());
  return {FlowLine, FromLine};
}

std::vector<Step> RemarkWriter::explanation(std::optional<ObjId> O) const {
  if (!O || !Explain)
    return {};
  // Go's shape: the path starts at the first variable holding the pointer
  // (`flow: {heap} = p:`), not at the allocation handing it out.
  std::vector<Step> Path;
  for (const Step &S : Info.explain(*O))
    if (S.From != S.To)
      Path.push_back(S);
  return Path;
}

template <typename RemarkT>
void RemarkWriter::emitExplained(RemarkT &R, std::optional<ObjId> O,
                                 const DiagnosticLocation &Loc) {
  std::vector<Step> Path = explanation(O);
  ORE.emit(R);
  for (const Step &S : Path) {
    auto [FlowLine, FromLine] = describeStep(S);
    RemarkT Flow(RemarkPassName, "EscapeFlow", Loc, Entry);
    Flow << "  " << FlowLine;
    ORE.emit(Flow);
    RemarkT From(RemarkPassName, "EscapeFlow", Loc, Entry);
    From << "    " << FromLine;
    ORE.emit(From);
  }
}

void RemarkWriter::allocation(const AllocDecision &D) {
  const AllocSite &Site = D.Alloc->Site;
  const CallBase *Call = Site.Call;
  DiagnosticLocation Loc(Call->getDebugLoc());
  auto Label = [&](auto &R) {
    R << NV("Callee", allocFnName(Site)) << "(" << argumentsText(Site) << ")";
  };
  auto Size = [&](auto &R) {
    if (Site.Size)
      R << NV("Size", *Site.Size);
  };
  switch (D.Verdict) {
  case AllocDecision::Promote: {
    OptimizationRemark R(RemarkPassName, "DoesNotEscape", Call);
    Label(R);
    R << " does not escape" << ore::setExtraArgs();
    Size(R);
    ORE.emit(R);
    return;
  }
  case AllocDecision::StaysOnHeap: {
    OptimizationRemarkMissed R(RemarkPassName, "StaysOnHeap", Call);
    Label(R);
    R << " does not escape, but stays on heap: "
      << NV("Reason", stayReasonText(D.Stay));
    if (D.Stay == StayReason::TooLarge)
      R << " (" << NV("Size", *Site.Size) << " > " << NV("Limit", D.Limit)
        << " bytes)";
    else if (D.Stay == StayReason::Budget ||
             D.Stay == StayReason::ChainBudget ||
             D.Stay == StayReason::CallbackBudget)
      R << " (" << NV("Limit", D.Limit) << " bytes)" << ore::setExtraArgs()
        << NV("Size", *Site.Size);
    else {
      R << ore::setExtraArgs();
      Size(R);
    }
    ORE.emit(R);
    return;
  }
  case AllocDecision::Escapes: {
    const ObjectFate &Fate = Info.fate(D.Alloc->Obj);
    bool Explained = !explanation(D.Alloc->Obj).empty();
    OptimizationRemarkMissed R(RemarkPassName, "EscapesToHeap", Call);
    Label(R);
    R << " escapes to heap" << (Explained ? ":" : "") << ore::setExtraArgs()
      << NV("Reason", reasonText(Fate.Why));
    Size(R);
    emitExplained(R, D.Alloc->Obj, Loc);
    return;
  }
  }
}

void RemarkWriter::parameter(const Argument &A) {
  ParamFacts Facts = Info.paramFacts(A);
  const Function &F = Info.function();
  DiagnosticLocation Loc = declarationOf(&A, F);
  std::string Name = paramName(A);
  std::optional<ObjId> Pointee = Info.graph().findObject(&A);
  using RemarkT = OptimizationRemarkAnalysis;

  if (Facts.doesNotEscape()) {
    RemarkT R(RemarkPassName, "ParamDoesNotEscape", Loc, Entry);
    R << NV("Var", Name) << " does not escape";
    ORE.emit(R);
    return;
  }
  bool Explained = false;
  auto Colon = [&](std::optional<ObjId> O) {
    Explained = !explanation(O).empty();
    return Explained ? ":" : "";
  };
  if (Facts.Leaks) {
    // The parameter itself leaks; everything else follows from that.
    RemarkT R(RemarkPassName, "LeakingParam", Loc, Entry);
    R << "leaking param: " << NV("Var", Name) << Colon(Pointee)
      << ore::setExtraArgs() << NV("Derefs", 0u)
      << NV("Reason", reasonText(Facts.Why));
    emitExplained(R, Pointee, Loc);
    return;
  }
  if (Facts.ResultLevel) {
    RemarkT R(RemarkPassName, "LeakingParam", Loc, Entry);
    R << "leaking param: " << NV("Var", Name) << " to result "
      << NV("Result", "~r0") << " level=" << NV("Derefs", *Facts.ResultLevel);
    ORE.emit(R);
  }
  if (Facts.ContentLeaks) {
    std::optional<ObjId> Content;
    if (Pointee)
      Content = *Pointee + 1;
    RemarkT R(RemarkPassName, "LeakingParam", Loc, Entry);
    R << "leaking param content: " << NV("Var", Name) << Colon(Content)
      << ore::setExtraArgs() << NV("Derefs", 1u)
      << NV("Reason", reasonText(Facts.Why));
    emitExplained(R, Content, Loc);
  }
  if (Facts.Freed) {
    RemarkT R(RemarkPassName, "FreeingParam", Loc, Entry);
    R << "freeing param: " << NV("Var", Name);
    ORE.emit(R);
  }
}

void RemarkWriter::local(ObjId O) {
  const ObjectFate &Fate = Info.fate(O);
  // Only addresses that certainly outlive the frame: returned, or stored
  // where the caller or everyone can see them. A local passed to an unknown
  // callee is normal C and not reported.
  bool Dangling = Fate.Returned ||
                  (Fate.Escapes && (Fate.Why == Reason::AssignToGlobal ||
                                    Fate.Why == Reason::StoreThroughPointer));
  const Value *Def = Info.graph().object(O).Def;
  std::string Name = sourceName(Def);
  if (Name.empty() && Def->hasName())
    Name = Def->getName().str();
  if (Name.empty())
    return;
  DiagnosticLocation Loc = declarationOf(Def, Info.function());
  if (!Dangling) {
    // Go's -m=2 also names the source variables that stay in their frame
    // (compiler temporaries have no debug variable and are not named).
    if (Explain && !Fate.outlivesFunction() && variableRecord(Def)) {
      OptimizationRemarkAnalysis R(RemarkPassName, "LocalDoesNotEscape", Loc,
                                   Entry);
      R << NV("Var", Name) << " does not escape";
      ORE.emit(R);
    }
    return;
  }
  OptimizationRemarkAnalysis R(RemarkPassName, "LocalAddressEscapes", Loc,
                               Entry);
  R << "address of local " << NV("Var", Name) << " escapes its frame"
    << (explanation(O).empty() ? "" : ":") << ore::setExtraArgs()
    << NV("Reason", reasonText(Fate.Escapes ? Fate.Why : Reason::Return));
  emitExplained(R, O, Loc);
}

} // namespace

bool remarksWanted(const Function &F) {
  return OptimizationRemarkEmitter::allowExtraAnalysis(F, RemarkPassName);
}

void emitRemarks(const EscapeInfo &Info, const PromotionPlan &Plan,
                 OptimizationRemarkEmitter &ORE, bool Explain) {
  RemarkWriter W(Info, ORE, Explain);
  // Optimisations upstream duplicate calls (jump threading, unswitching,
  // inlining one helper twice): the same decision at the same source
  // position is said once per function.
  std::set<std::tuple<std::string, unsigned, unsigned, unsigned, unsigned>>
      Said;
  for (const AllocDecision &D : Plan.Decisions) {
    if (const DebugLoc &DL = D.Alloc->Site.Call->getDebugLoc())
      if (!Said.insert({DL->getFilename().str(), DL.getLine(), DL.getCol(),
                        D.Verdict, unsigned(D.Stay)})
               .second)
        continue;
    W.allocation(D);
  }
  for (const Argument &A : Info.function().args())
    if (A.getType()->isPointerTy())
      W.parameter(A);
  const EscapeGraph &G = Info.graph();
  for (ObjId O = 0; O < G.numObjects(); ++O)
    if (G.object(O).Kind == ObjectKind::Local)
      W.local(O);
}

} // namespace escape
