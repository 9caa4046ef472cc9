//===- Build.cpp - LLVM IR to escape graph --------------------------------===//
//
// One visit per instruction. Each visitor states, as flows, where the
// pointers the instruction handles go; an instruction without a visitor sends
// its pointer operands to {heap} and gets {unknown} as its result, so a new
// kind of instruction can make the analysis imprecise but never unsound.
//
//===----------------------------------------------------------------------===//

#include "escape/Build.h"
#include "escape/Compat.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstVisitor.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace escape {

bool carriesPointers(const Type *T) {
  if (T->isPointerTy())
    return true;
  if (auto *VT = dyn_cast<VectorType>(T))
    return carriesPointers(VT->getElementType());
  if (auto *AT = dyn_cast<ArrayType>(T))
    return carriesPointers(AT->getElementType());
  if (auto *ST = dyn_cast<StructType>(T))
    return any_of(ST->elements(),
                  [](const Type *E) { return carriesPointers(E); });
  return false;
}

namespace {

class GraphBuilder : public InstVisitor<GraphBuilder> {
public:
  GraphBuilder(Function &F, const CalleeModel &Callees, const LoopInfo *LI)
      : F(F), Callees(Callees), LI(LI), DL(F.getParent()->getDataLayout()) {
    Out.Graph = std::make_unique<EscapeGraph>();
  }

  BuiltGraph build();

  // InstVisitor callbacks. Anything not listed falls into visitInstruction.
  void visitAllocaInst(AllocaInst &AI);
  void visitLoadInst(LoadInst &LI);
  void visitStoreInst(StoreInst &SI);
  void visitAtomicRMWInst(AtomicRMWInst &I);
  void visitAtomicCmpXchgInst(AtomicCmpXchgInst &I);
  void visitGetElementPtrInst(GetElementPtrInst &GEP);
  void visitCastInst(CastInst &I);
  void visitPHINode(PHINode &PN);
  void visitSelectInst(SelectInst &SI);
  void visitFreezeInst(FreezeInst &I) { copyOperands(I); }
  void visitExtractValueInst(ExtractValueInst &I) { copyOperands(I); }
  void visitInsertValueInst(InsertValueInst &I) { copyOperands(I); }
  void visitExtractElementInst(ExtractElementInst &I) { copyOperands(I); }
  void visitInsertElementInst(InsertElementInst &I) { copyOperands(I); }
  void visitShuffleVectorInst(ShuffleVectorInst &I) { copyOperands(I); }
  void visitReturnInst(ReturnInst &RI);
  void visitCallBase(CallBase &CB);
  void visitICmpInst(ICmpInst &I) {
    if (I.isEquality() || !I.getOperand(0)->getType()->isPtrOrPtrVectorTy())
      return;
    std::optional<LocId> L = operand(I.getOperand(0));
    std::optional<LocId> R = operand(I.getOperand(1));
    if (L && R)
      graph().addCompare({*L, *R, &I});
  }
  void visitFCmpInst(FCmpInst &) {}
  void visitBranchInst(BranchInst &) {}
  void visitSwitchInst(SwitchInst &) {}
  void visitUnreachableInst(UnreachableInst &) {}
  void visitBinaryOperator(BinaryOperator &) {}
  void visitUnaryOperator(UnaryOperator &) {}
  void visitFenceInst(FenceInst &) {}
  void visitVAArgInst(VAArgInst &I);
  void visitInstruction(Instruction &I);

private:
  EscapeGraph &graph() { return *Out.Graph; }
  unsigned loopDepth(const Instruction &I) const {
    return LI ? LI->getLoopDepth(I.getParent()) : 0;
  }

  /// The location holding operand \p V, or nothing if \p V holds no pointer
  /// (not a pointer type, null, undef).
  std::optional<LocId> operand(const Value *V);

  void addressOf(LocId Dst, ObjId O, Reason Why, const Instruction *At) {
    Flow Fl{FlowKind::AddressOf, Dst};
    Fl.Obj = O;
    Fl.Why = Why;
    Fl.At = At;
    graph().addFlow(Fl);
  }
  void assign(LocId Dst, std::optional<LocId> Src, Offset Delta, Reason Why,
              const Instruction *At) {
    if (!Src)
      return;
    Flow Fl{FlowKind::Assign, Dst, *Src};
    Fl.Delta = Delta;
    Fl.Why = Why;
    Fl.At = At;
    graph().addFlow(Fl);
  }
  void escape(std::optional<LocId> Src, Reason Why, const Instruction *At) {
    assign(EscapeGraph::HeapLoc, Src, Offset::known(0), Why, At);
  }
  void load(LocId Dst, std::optional<LocId> Ptr, const Instruction *At) {
    if (!Ptr)
      return;
    Flow Fl{FlowKind::Load, Dst, *Ptr};
    Fl.Why = Reason::Load;
    Fl.At = At;
    graph().addFlow(Fl);
  }
  void store(std::optional<LocId> Ptr, std::optional<LocId> Val, Reason Why,
             const Instruction *At) {
    if (!Ptr || !Val)
      return;
    Flow Fl{FlowKind::Store, *Ptr, *Val};
    Fl.Why = Why;
    Fl.At = At;
    graph().addFlow(Fl);
  }
  void copy(std::optional<LocId> Dst, std::optional<LocId> Src,
            std::optional<uint64_t> Len, const Instruction *At) {
    if (!Dst || !Src)
      return;
    Flow Fl{FlowKind::Copy, *Dst, *Src};
    Fl.Len = Len;
    Fl.Why = Reason::MemcpyOfPointer;
    Fl.At = At;
    graph().addFlow(Fl);
  }
  /// A callee reads the bytes behind \p Arg as data where \p Reads says.
  void readAsData(LocId Arg, const DataReads &Reads, const CallBase &CB) {
    auto Read = [&](LocId Ptr, std::optional<uint64_t> Size) {
      graph().addAccess({Ptr, Size, /*HoldsPointers=*/false, &CB});
    };
    if (Reads.All)
      Read(Arg, std::nullopt);
    for (auto [Lo, Hi] : Reads.Ranges) {
      LocId At = graph().addTemp();
      assign(At, Arg, Offset::known(Lo), Reason::Assign, &CB);
      Read(At, uint64_t(Hi - Lo));
    }
    if (Reads.Deep) {
      LocId Behind = graph().addTemp();
      load(Behind, Arg, &CB);
      Read(Behind, std::nullopt);
    }
  }
  void access(std::optional<LocId> Ptr, Type *T, bool HoldsPointers,
              const Instruction *At) {
    if (!Ptr)
      return;
    TypeSize TS = DL.getTypeStoreSize(T);
    std::optional<uint64_t> Size;
    if (!TS.isScalable())
      Size = TS.getFixedValue();
    graph().addAccess({*Ptr, Size, HoldsPointers, At});
  }
  /// Result of \p I may point anywhere.
  void unknownResult(Instruction &I) {
    if (carriesPointers(I.getType()))
      addressOf(graph().valueLocation(&I), EscapeGraph::UnknownObj,
                Reason::CallResult, &I);
  }
  /// \p I's result holds whatever its pointer operands hold.
  void copyOperands(Instruction &I) {
    if (!carriesPointers(I.getType()))
      return;
    LocId Dst = graph().valueLocation(&I);
    for (const Use &U : I.operands())
      assign(Dst, operand(U.get()), Offset::known(0), Reason::Assign, &I);
  }
  void visitAllocation(CallBase &CB, const AllocSite &Site);
  void visitFree(CallBase &CB, Value *Freed);
  void visitOtherCall(CallBase &CB);

  Function &F;
  const CalleeModel &Callees;
  const LoopInfo *LI;
  const DataLayout &DL;
  BuiltGraph Out;
  /// A location that points to {unknown}: globals, constants, integers
  /// turned into pointers.
  LocId UnknownValue = 0;
};

std::optional<LocId> GraphBuilder::operand(const Value *V) {
  if (!carriesPointers(V->getType()))
    return std::nullopt;
  if (isa<ConstantPointerNull>(V) || isa<UndefValue>(V) ||
      isa<ConstantAggregateZero>(V) || isa<ConstantTokenNone>(V))
    return std::nullopt;
  if (isa<Instruction>(V) || isa<Argument>(V))
    return graph().valueLocation(V);
  // Globals, constant expressions on them, and anything else: memory the
  // function does not own.
  return UnknownValue;
}

BuiltGraph GraphBuilder::build() {
  EscapeGraph &G = graph();
  // {unknown} is in {heap} from the start: whatever is stored into unknown
  // memory escapes, and loads from it yield {unknown}.
  UnknownValue = G.addTemp();
  addressOf(UnknownValue, EscapeGraph::UnknownObj, Reason::AddressOf, nullptr);
  addressOf(EscapeGraph::HeapLoc, EscapeGraph::UnknownObj, Reason::AddressOf,
            nullptr);

  for (Argument &A : F.args()) {
    if (!carriesPointers(A.getType()))
      continue;
    LocId L = G.valueLocation(&A);
    if (!A.getType()->isPointerTy()) {
      addressOf(L, EscapeGraph::UnknownObj, Reason::AddressOf, nullptr);
      continue;
    }
    // *p is the caller's memory: what the function stores there leaks, and
    // what it loads from there on entry is the caller's data (**p).
    ObjId P = G.addObject(ObjectKind::Param, &A, A.getArgNo());
    ObjId PC = G.addObject(ObjectKind::ParamContent, &A, A.getArgNo());
    G.object(P).Initial = PC;
    G.object(PC).Initial = PC;
    assign(EscapeGraph::HeapLoc, G.object(P).Contents, Offset::known(0),
           Reason::StoreThroughPointer, nullptr);
    assign(EscapeGraph::HeapLoc, G.object(PC).Contents, Offset::known(0),
           Reason::StoreThroughPointer, nullptr);
    addressOf(L, P, Reason::AddressOf, nullptr);
  }

  visit(F);
  return std::move(Out);
}

void GraphBuilder::visitAllocaInst(AllocaInst &AI) {
  ObjId O = graph().addObject(ObjectKind::Local, &AI, 0, loopDepth(AI));
  addressOf(graph().valueLocation(&AI), O, Reason::AddressOf, &AI);
}

void GraphBuilder::visitLoadInst(LoadInst &LdI) {
  std::optional<LocId> Ptr = operand(LdI.getPointerOperand());
  bool HoldsPointers = carriesPointers(LdI.getType());
  access(Ptr, LdI.getType(), HoldsPointers, &LdI);
  if (!LdI.isSimple())
    escape(Ptr, Reason::AtomicOrVolatile, &LdI);
  if (HoldsPointers)
    load(graph().valueLocation(&LdI), Ptr, &LdI);
}

void GraphBuilder::visitStoreInst(StoreInst &SI) {
  Value *PtrOp = SI.getPointerOperand();
  Value *ValOp = SI.getValueOperand();
  std::optional<LocId> Ptr = operand(PtrOp);
  std::optional<LocId> Val = operand(ValOp);
  bool HoldsPointers = carriesPointers(ValOp->getType());
  access(Ptr, ValOp->getType(), HoldsPointers, &SI);
  if (!SI.isSimple()) {
    escape(Ptr, Reason::AtomicOrVolatile, &SI);
    escape(Val, Reason::AtomicOrVolatile, &SI);
    return;
  }
  if (!Val)
    return;
  // A store straight into a global is reported as such; any other target is
  // resolved by the solver against what the pointer may point to.
  if (isa<GlobalValue>(getUnderlyingObject(PtrOp)))
    escape(Val, Reason::AssignToGlobal, &SI);
  else
    store(Ptr, Val, Reason::Store, &SI);
}

void GraphBuilder::visitAtomicRMWInst(AtomicRMWInst &I) {
  escape(operand(I.getPointerOperand()), Reason::AtomicOrVolatile, &I);
  escape(operand(I.getValOperand()), Reason::AtomicOrVolatile, &I);
  unknownResult(I);
}

void GraphBuilder::visitAtomicCmpXchgInst(AtomicCmpXchgInst &I) {
  escape(operand(I.getPointerOperand()), Reason::AtomicOrVolatile, &I);
  escape(operand(I.getCompareOperand()), Reason::AtomicOrVolatile, &I);
  escape(operand(I.getNewValOperand()), Reason::AtomicOrVolatile, &I);
  unknownResult(I);
}

void GraphBuilder::visitGetElementPtrInst(GetElementPtrInst &GEP) {
  Offset Delta = Offset::unknown();
  APInt Off(DL.getIndexTypeSizeInBits(GEP.getType()), 0);
  if (!GEP.getType()->isVectorTy() && GEP.accumulateConstantOffset(DL, Off) &&
      Off.getSignificantBits() <= 64)
    Delta = Offset::known(Off.getSExtValue());
  assign(graph().valueLocation(&GEP), operand(GEP.getPointerOperand()), Delta,
         Reason::Assign, &GEP);
}

void GraphBuilder::visitCastInst(CastInst &I) {
  if (compat::isPointerToInteger(I)) {
    escape(operand(I.getOperand(0)), Reason::PtrToInt, &I);
    return;
  }
  if (isa<IntToPtrInst>(I)) {
    addressOf(graph().valueLocation(&I), EscapeGraph::UnknownObj,
              Reason::PtrToInt, &I);
    return;
  }
  if (carriesPointers(I.getType()))
    assign(graph().valueLocation(&I), operand(I.getOperand(0)),
           Offset::known(0), Reason::Assign, &I);
}

void GraphBuilder::visitPHINode(PHINode &PN) {
  if (!carriesPointers(PN.getType()))
    return;
  LocId Dst = graph().valueLocation(&PN);
  for (Value *In : PN.incoming_values())
    assign(Dst, operand(In), Offset::known(0), Reason::Assign, &PN);
}

void GraphBuilder::visitSelectInst(SelectInst &SI) {
  if (!carriesPointers(SI.getType()))
    return;
  LocId Dst = graph().valueLocation(&SI);
  assign(Dst, operand(SI.getTrueValue()), Offset::known(0), Reason::Assign,
         &SI);
  assign(Dst, operand(SI.getFalseValue()), Offset::known(0), Reason::Assign,
         &SI);
}

void GraphBuilder::visitReturnInst(ReturnInst &RI) {
  if (Value *V = RI.getReturnValue())
    assign(EscapeGraph::ResultLoc, operand(V), Offset::known(0), Reason::Return,
           &RI);
}

void GraphBuilder::visitCallBase(CallBase &CB) {
  if (isa<DbgInfoIntrinsic>(CB))
    return;
  if (std::optional<AllocSite> Site = Callees.allocation(CB))
    return visitAllocation(CB, *Site);
  if (Value *Freed = Callees.freed(CB))
    return visitFree(CB, Freed);
  visitOtherCall(CB);
}

void GraphBuilder::visitAllocation(CallBase &CB, const AllocSite &Site) {
  ObjId O = graph().addObject(ObjectKind::Heap, &CB, 0, loopDepth(CB));
  LocId Result = graph().valueLocation(&CB);
  addressOf(Result, O, Reason::AddressOf, &CB);
  // strdup copies its source's bytes, whatever they are: pointers stored
  // there move into the new object. A string literal holds none.
  if ((Site.Fn == AllocFn::Strdup || Site.Fn == AllocFn::Strndup) &&
      !Site.LiteralBytes)
    copy(Result, operand(CB.getArgOperand(0)), std::nullopt, &CB);
  Out.Allocs.push_back({Site, O});
}

void GraphBuilder::visitFree(CallBase &CB, Value *Freed) {
  std::optional<LocId> L = operand(Freed);
  if (!L)
    return; // free(NULL)
  assign(EscapeGraph::FreedLoc, L, Offset::known(0), Reason::Free, &CB);
  Out.Frees.push_back({&CB, Freed, *L});
}

void GraphBuilder::visitOtherCall(CallBase &CB) {
  CallEffects E = Callees.effects(CB);
  LocId Result = 0;
  bool ResultHoldsPointers = carriesPointers(CB.getType());
  if (ResultHoldsPointers)
    Result = graph().valueLocation(&CB);

  for (unsigned I = 0, N = CB.arg_size(); I < N; ++I) {
    std::optional<LocId> Arg = operand(CB.getArgOperand(I));
    if (!Arg)
      continue;
    const ArgEffect &A = E.arg(I);
    if (A.Escapes)
      escape(Arg, A.Why, &CB);
    if (A.Frees)
      assign(EscapeGraph::FreedLoc, Arg, Offset::known(0), A.Why, &CB);
    if (A.ContentEscapes) {
      // What the callee reads through the argument is kept or freed.
      LocId Read = graph().addTemp();
      load(Read, Arg, &CB);
      escape(Read, A.Why, &CB);
    }
    if (A.ContentClobbered)
      store(Arg, UnknownValue, Reason::Store, &CB);
    readAsData(*Arg, A.Reads, CB);
    if (ResultHoldsPointers && A.Returned)
      assign(Result, Arg, Offset::unknown(), Reason::CallResult, &CB);
    if (ResultHoldsPointers && A.ContentReturned)
      load(Result, Arg, &CB);
    if (A.StoredInto && *A.StoredInto < N)
      store(operand(CB.getArgOperand(*A.StoredInto)), Arg, Reason::Store, &CB);
  }
  for (const CallEffects::ContentCopy &C : E.Copies) {
    if (C.Dst >= CB.arg_size() || C.Src >= CB.arg_size())
      continue;
    std::optional<uint64_t> Len;
    if (C.LenArg && *C.LenArg < CB.arg_size())
      if (auto *CI = dyn_cast<ConstantInt>(CB.getArgOperand(*C.LenArg)))
        if (CI->getValue().getActiveBits() <= 63)
          Len = CI->getZExtValue();
    copy(operand(CB.getArgOperand(C.Dst)), operand(CB.getArgOperand(C.Src)),
         Len, &CB);
  }
  // Operand bundles (deopt, funclet, ...) hand pointers to the runtime;
  // assume's bundles only state facts about them.
  if (!isa<AssumeInst>(CB))
    for (unsigned I = 0, N = CB.getNumOperandBundles(); I < N; ++I)
      for (const Use &U : CB.getOperandBundleAt(I).Inputs)
        escape(operand(U.get()), Reason::UnknownCallee, &CB);
  if (ResultHoldsPointers && E.ResultUnknown)
    addressOf(Result, EscapeGraph::UnknownObj, Reason::CallResult, &CB);
}

void GraphBuilder::visitVAArgInst(VAArgInst &I) {
  // Reads the next argument through the va_list and advances it; both the
  // argument and the va_list's new cursor belong to the caller.
  store(operand(I.getPointerOperand()), UnknownValue, Reason::Store, &I);
  unknownResult(I);
}

void GraphBuilder::visitInstruction(Instruction &I) {
  // Not modelled: its pointer operands escape, its result is unknown.
  for (const Use &U : I.operands())
    if (!isa<BasicBlock>(U.get()))
      escape(operand(U.get()), Reason::UnknownInstruction, &I);
  unknownResult(I);
}

} // namespace

BuiltGraph buildGraph(Function &F, const CalleeModel &Callees,
                      const LoopInfo *LI) {
  return GraphBuilder(F, Callees, LI).build();
}

} // namespace escape
