//===- AllocSites.cpp - Recognising allocation and free calls -------------===//
//
// Allocation and free calls, recognised by library function so that -O0 IR
// (no allocation attributes yet) is understood too. See AllocSites.h.
//
//===----------------------------------------------------------------------===//

#include "escape/AllocSites.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InstrTypes.h"

using namespace llvm;

namespace escape {

namespace {

/// The library function \p CB calls, if it calls one as a builtin.
std::optional<LibFunc> calledLibFunc(const CallBase &CB,
                                     const TargetLibraryInfo &TLI) {
  // A module that defines malloc or free itself (a counting wrapper, a pool,
  // a libc being built) gets its own semantics, as in LLVM, which only gives
  // declarations allocation attributes.
  const Function *Callee = CB.getCalledFunction();
  LibFunc LF;
  if (!Callee || !Callee->isDeclaration() || CB.isNoBuiltin() ||
      !TLI.getLibFunc(*Callee, LF) || !TLI.has(LF))
    return std::nullopt;
  return LF;
}

std::optional<uint64_t> constantOperand(const CallBase &CB, unsigned I) {
  if (auto *C = dyn_cast<ConstantInt>(CB.getArgOperand(I)))
    if (C->getValue().getActiveBits() <= 64)
      return C->getZExtValue();
  return std::nullopt;
}

/// The allocation function \p CB calls: a builtin, or one the user named.
/// A user allocator must take the arguments of the function it stands for.
std::optional<AllocFn> calledAllocFn(const CallBase &CB,
                                     const TargetLibraryInfo &TLI,
                                     const AllocatorTable &User) {
  if (std::optional<LibFunc> LF = calledLibFunc(CB, TLI)) {
    switch (*LF) {
    case LibFunc_malloc:
      return AllocFn::Malloc;
    case LibFunc_calloc:
      return AllocFn::Calloc;
    case LibFunc_aligned_alloc:
    case LibFunc_memalign:
      return AllocFn::AlignedAlloc;
    case LibFunc_strdup:
    case LibFunc_dunder_strdup:
      return AllocFn::Strdup;
    case LibFunc_strndup:
    case LibFunc_dunder_strndup:
      return AllocFn::Strndup;
    default:
      return std::nullopt;
    }
  }
  const Function *Callee = CB.getCalledFunction();
  if (!Callee || CB.isNoBuiltin() || !CB.getType()->isPointerTy())
    return std::nullopt;
  std::optional<AllocFn> Fn = User.allocator(Callee->getName());
  if (!Fn)
    return std::nullopt;
  unsigned Arity = *Fn == AllocFn::Malloc || *Fn == AllocFn::Strdup ? 1 : 2;
  if (CB.arg_size() != Arity)
    return std::nullopt;
  bool StringFirst = *Fn == AllocFn::Strdup || *Fn == AllocFn::Strndup;
  for (unsigned I = 0; I < Arity; ++I)
    if (CB.getArgOperand(I)->getType()->isPointerTy() != (StringFirst && !I))
      return std::nullopt;
  return Fn;
}

} // namespace

std::optional<AllocFn> parseAllocFn(StringRef Name) {
  return StringSwitch<std::optional<AllocFn>>(Name)
      .Case("malloc", AllocFn::Malloc)
      .Case("calloc", AllocFn::Calloc)
      .Case("aligned_alloc", AllocFn::AlignedAlloc)
      .Case("strdup", AllocFn::Strdup)
      .Case("strndup", AllocFn::Strndup)
      .Default(std::nullopt);
}

std::optional<AllocFn> AllocatorTable::allocator(StringRef Name) const {
  auto It = Allocators.find(Name);
  if (It == Allocators.end())
    return std::nullopt;
  return It->second;
}

std::optional<AllocSite> recognizeAllocation(CallBase &CB,
                                             const TargetLibraryInfo &TLI,
                                             const AllocatorTable &User) {
  std::optional<AllocFn> Fn = calledAllocFn(CB, TLI, User);
  if (!Fn)
    return std::nullopt;
  AllocSite Site{&CB, *Fn, std::nullopt, std::nullopt, false, std::nullopt};
  switch (*Fn) {
  case AllocFn::Malloc:
    Site.Size = constantOperand(CB, 0);
    return Site;
  case AllocFn::Calloc: {
    Site.Zeroed = true;
    std::optional<uint64_t> N = constantOperand(CB, 0);
    std::optional<uint64_t> Each = constantOperand(CB, 1);
    bool Overflow = false;
    if (N && Each) {
      APInt Total = APInt(64, *N).umul_ov(APInt(64, *Each), Overflow);
      if (!Overflow)
        Site.Size = Total.getZExtValue();
    }
    return Site;
  }
  case AllocFn::AlignedAlloc: {
    Site.Size = constantOperand(CB, 1);
    // An alignment that is not a power of two makes the call fail; such a
    // call is left alone (no constant size means no promotion).
    std::optional<uint64_t> A = constantOperand(CB, 0);
    if (!A || !isPowerOf2_64(*A) || *A > (uint64_t(1) << 32))
      Site.Size = std::nullopt;
    else
      Site.RequestedAlign = Align(*A);
    return Site;
  }
  case AllocFn::Strdup:
  case AllocFn::Strndup: {
    // The whole constant array from the pointer on, so that the string's
    // terminator is seen (or found missing).
    StringRef Bytes;
    if (!getConstantStringInfo(CB.getArgOperand(0), Bytes,
                               /*TrimAtNul=*/false))
      return Site;
    size_t Len = Bytes.find('\0');
    if (Len == StringRef::npos)
      return Site;
    if (Site.Fn == AllocFn::Strndup) {
      std::optional<uint64_t> N = constantOperand(CB, 1);
      if (!N)
        return Site;
      if (*N < Len) {
        Site.Size = *N + 1;
        Site.LiteralBytes = *N;
        return Site;
      }
    }
    Site.Size = Len + 1;
    Site.LiteralBytes = Len + 1;
    return Site;
  }
  }
  llvm_unreachable("unknown allocation function");
}

Value *freedOperand(const CallBase &CB, const TargetLibraryInfo &TLI,
                    const AllocatorTable &User) {
  std::optional<LibFunc> LF = calledLibFunc(CB, TLI);
  if (LF && *LF == LibFunc_free)
    return CB.getArgOperand(0);
  const Function *Callee = CB.getCalledFunction();
  if (!LF && Callee && !CB.isNoBuiltin() && CB.arg_size() == 1 &&
      CB.getArgOperand(0)->getType()->isPointerTy() &&
      User.isDeallocator(Callee->getName()))
    return CB.getArgOperand(0);
  return nullptr;
}

StringRef allocFnName(const AllocSite &Site) {
  if (const Function *Callee = Site.Call->getCalledFunction())
    return Callee->getName();
  return "malloc";
}

} // namespace escape
