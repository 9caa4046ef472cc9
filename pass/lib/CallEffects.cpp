//===- CallEffects.cpp - What a call does with its pointer arguments ------===//
//
// Intrinsics, then the libc table, then attributes. An attribute-only callee
// keeps nothing of an argument only when the argument is `captures(none)`
// (`nocapture` before LLVM 21) *and* the callee cannot free it (`nofree` on
// the parameter or the function, or a function that only reads memory):
// free's own argument is `captures(none)`, so "not captured" alone does not
// mean "not freed".
//
//===----------------------------------------------------------------------===//

#include "escape/CallEffects.h"
#include "escape/Build.h"
#include "escape/Compat.h"
#include "escape/LibcModels.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Intrinsics.h"

using namespace llvm;

namespace escape {

ArgEffect ArgEffect::readOnly() {
  ArgEffect E;
  E.Escapes = false;
  E.ContentEscapes = false;
  E.ContentClobbered = false;
  return E;
}

ArgEffect ArgEffect::readsData() {
  ArgEffect E = readOnly();
  E.Reads.All = true;
  return E;
}

ArgEffect ArgEffect::readWrite() {
  ArgEffect E = readOnly();
  // Plain data written over a pointer field reads back as a pointer nobody
  // here can vouch for.
  E.ContentClobbered = true;
  return E;
}

ArgEffect ArgEffect::unknown(Reason Why) {
  ArgEffect E;
  E.Why = Why;
  return E;
}

CallEffects CallEffects::uniform(unsigned NumParams, const ArgEffect &E) {
  CallEffects C;
  C.Params.assign(NumParams, E);
  C.Variadic = E;
  return C;
}

namespace {

/// Effects of the intrinsics that handle pointers without keeping them, or
/// std::nullopt to fall back on the intrinsic's attributes.
std::optional<CallEffects> intrinsicEffects(const IntrinsicInst &II) {
  unsigned N = II.arg_size();
  // A volatile memory intrinsic is an access the program wants to happen
  // exactly as written.
  if (auto *MI = dyn_cast<MemIntrinsic>(&II); MI && MI->isVolatile())
    return CallEffects::uniform(N,
                                ArgEffect::unknown(Reason::AtomicOrVolatile));
  switch (II.getIntrinsicID()) {
  case Intrinsic::memcpy:
  case Intrinsic::memcpy_inline:
  case Intrinsic::memmove: {
    CallEffects E = CallEffects::uniform(N, ArgEffect::readOnly());
    E.Copies.push_back({0, 1, 2});
    return E;
  }
  case Intrinsic::memset:
  case Intrinsic::memset_inline:
  case Intrinsic::lifetime_start:
  case Intrinsic::lifetime_end:
  case Intrinsic::invariant_start:
  case Intrinsic::invariant_end:
  case Intrinsic::objectsize:
  case Intrinsic::prefetch:
  case Intrinsic::assume:
  case Intrinsic::var_annotation:
  case Intrinsic::is_constant:
  case Intrinsic::vaend:
  case Intrinsic::stackrestore:
  case Intrinsic::experimental_noalias_scope_decl:
  case Intrinsic::sideeffect:
  case Intrinsic::donothing:
  case Intrinsic::pseudoprobe:
    return CallEffects::uniform(N, ArgEffect::readOnly());
  case Intrinsic::launder_invariant_group:
  case Intrinsic::strip_invariant_group:
  case Intrinsic::ptrmask:
  case Intrinsic::ptr_annotation:
  case Intrinsic::expect:
  case Intrinsic::ssa_copy: {
    CallEffects E = CallEffects::uniform(N, ArgEffect::readOnly());
    E.Params[0].Returned = true;
    E.ResultUnknown = false;
    return E;
  }
  case Intrinsic::vastart:
    // Fills the va_list with pointers into the caller's argument area.
    return CallEffects::uniform(N, ArgEffect::readWrite());
  case Intrinsic::vacopy: {
    CallEffects E = CallEffects::uniform(N, ArgEffect::readOnly());
    E.Copies.push_back({0, 1, std::nullopt});
    return E;
  }
  case Intrinsic::stacksave:
  case Intrinsic::threadlocal_address:
    return CallEffects::uniform(N, ArgEffect::readOnly());
  default:
    return std::nullopt;
  }
}

/// The reason an unknown call keeps its arguments.
Reason unknownCallReason(const CallBase &CB) {
  if (CB.isInlineAsm())
    return Reason::InlineAsm;
  if (CB.isIndirectCall())
    return Reason::IndirectCall;
  const Function *Callee = CB.getCalledFunction();
  if (!Callee || Callee->isDeclaration())
    return Reason::UnknownCallee;
  return Reason::CallParameter;
}

} // namespace

CallEffects CalleeModel::fromAttributes(const CallBase &CB) const {
  Reason Unknown = unknownCallReason(CB);
  CallEffects E;
  unsigned NumParams = CB.getFunctionType()->getNumParams();
  // Inline asm can do anything with what it is given, whatever the call
  // site says.
  if (CB.isInlineAsm())
    return CallEffects::uniform(NumParams, ArgEffect::unknown(Unknown));

  bool FnNoFree = CB.hasFnAttr(Attribute::NoFree) || CB.onlyReadsMemory();
  // A function that writes no memory can hand out what it reads only
  // through its result.
  bool FnWritesNothing = CB.onlyReadsMemory();
  bool ResultCarriesPointers = carriesPointers(CB.getType());
  // What such a function reads can still leave through its result as plain
  // bits: `return *(long *)p`, or memcmp probing a pointer byte by byte. A
  // result that is one pointer (or a vector of them) carries the pointers it
  // read (ContentReturned) and its offset carries bits of the bytes it read
  // (Reads.All). Any other result may carry anything it read, at any depth.
  Type *ResultTy = CB.getType();
  bool ResultIsPointer = ResultTy->isPtrOrPtrVectorTy();
  bool ResultCarriesBits = !ResultTy->isVoidTy() && !ResultIsPointer;
  // A declaration's attributes may come from LLVM's guesses about a library
  // function by name (ctermid's argument is `captures(none)`, yet it returns
  // it): its pointer result may be any of its arguments.
  const Function *Callee = CB.getCalledFunction();
  bool ResultMayBeArgument =
      ResultCarriesPointers && (!Callee || Callee->isDeclaration());
  // A callee of this module analysed before: what it reads as data.
  const FunctionSummary *Summary = nullptr;
  if (Summaries && Callee && ResultCarriesBits &&
      CB.getFunctionType() == Callee->getFunctionType()) {
    auto It = Summaries->find(Callee);
    if (It != Summaries->end())
      Summary = &It->second;
  }

  auto EffectOf = [&](unsigned I) {
    ArgEffect A = ArgEffect::unknown(Unknown);
    // byval: the callee gets a copy of the pointee and never sees the
    // pointer, but it can read pointers out of the copy.
    if (CB.isByValArgument(I)) {
      A = ArgEffect::readOnly();
      A.ContentEscapes = !FnWritesNothing || ResultCarriesBits;
      A.ContentReturned = FnWritesNothing && ResultCarriesPointers;
      A.Reads.All = FnWritesNothing && ResultIsPointer;
      A.Why = FnWritesNothing ? Reason::PointerReadAsInteger : Unknown;
      return A;
    }
    bool NoFree = FnNoFree || CB.paramHasAttr(I, Attribute::NoFree);
    switch (compat::argCapture(CB, I)) {
    case compat::ArgCapture::None:
      A.Escapes = false;
      A.Returned = ResultMayBeArgument;
      break;
    case compat::ArgCapture::OnlyReturned:
      A.Escapes = false;
      A.Returned = true;
      break;
    case compat::ArgCapture::Captured:
      break;
    }
    if (!A.Escapes && !NoFree) {
      A.Frees = true;
      A.Why = Reason::FreedByCallee;
    }
    if (CB.doesNotAccessMemory(I)) {
      A.ContentEscapes = false;
      A.ContentClobbered = false;
    } else {
      if (FnWritesNothing) {
        A.ContentEscapes = ResultCarriesBits;
        A.ContentReturned = ResultCarriesPointers;
        A.Reads.All = ResultIsPointer;
        if (ResultCarriesBits)
          A.Why = Reason::PointerReadAsInteger;
        if (Summary && I < Summary->Params.size()) {
          A.ContentEscapes = Summary->Params[I].ContentLeaks;
          A.Reads = Summary->Params[I].Reads;
        }
      }
      if (FnWritesNothing || CB.onlyReadsMemory(I))
        A.ContentClobbered = false;
    }
    return A;
  };

  // Variadic arguments have only the call site's attributes, each its own.
  E.Variadic = ArgEffect::unknown(Unknown);
  for (unsigned I = 0, N = std::max(NumParams, CB.arg_size()); I < N; ++I)
    E.Params.push_back(EffectOf(I));
  return E;
}

CallEffects CalleeModel::effects(const CallBase &CB) const {
  if (auto *II = dyn_cast<IntrinsicInst>(&CB))
    if (std::optional<CallEffects> E = intrinsicEffects(*II))
      return *E;
  if (std::optional<CallEffects> E = libcEffects(CB, TLI, Summaries))
    return *E;
  return fromAttributes(CB);
}

} // namespace escape
