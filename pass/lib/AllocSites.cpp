//===- AllocSites.cpp - Recognising allocation and free calls -------------===//
//
// Allocation and free calls, recognised by library function so that -O0 IR
// (no allocation attributes yet) is understood too. See AllocSites.h.
//
//===----------------------------------------------------------------------===//

#include "escape/AllocSites.h"
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
  const Function *Callee = CB.getCalledFunction();
  LibFunc LF;
  if (!Callee || CB.isNoBuiltin() || !TLI.getLibFunc(*Callee, LF) ||
      !TLI.has(LF))
    return std::nullopt;
  return LF;
}

std::optional<uint64_t> constantOperand(const CallBase &CB, unsigned I) {
  if (auto *C = dyn_cast<ConstantInt>(CB.getArgOperand(I)))
    if (C->getValue().getActiveBits() <= 64)
      return C->getZExtValue();
  return std::nullopt;
}

} // namespace

std::optional<AllocSite> recognizeAllocation(CallBase &CB,
                                             const TargetLibraryInfo &TLI) {
  std::optional<LibFunc> LF = calledLibFunc(CB, TLI);
  if (!LF)
    return std::nullopt;
  AllocSite Site{&CB,          AllocFn::Malloc, std::nullopt,
                 std::nullopt, false,           std::nullopt};
  switch (*LF) {
  case LibFunc_malloc:
    Site.Size = constantOperand(CB, 0);
    return Site;
  case LibFunc_calloc: {
    Site.Fn = AllocFn::Calloc;
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
  case LibFunc_aligned_alloc:
  case LibFunc_memalign: {
    Site.Fn = AllocFn::AlignedAlloc;
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
  case LibFunc_strdup:
  case LibFunc_strndup: {
    Site.Fn = *LF == LibFunc_strdup ? AllocFn::Strdup : AllocFn::Strndup;
    StringRef Str;
    if (!getConstantStringInfo(CB.getArgOperand(0), Str))
      return Site;
    if (Site.Fn == AllocFn::Strndup) {
      std::optional<uint64_t> N = constantOperand(CB, 1);
      if (!N)
        return Site;
      Str = Str.take_front(*N);
    }
    Site.InitialBytes = Str.str();
    Site.Size = Str.size() + 1;
    return Site;
  }
  default:
    return std::nullopt;
  }
}

Value *freedOperand(const CallBase &CB, const TargetLibraryInfo &TLI) {
  std::optional<LibFunc> LF = calledLibFunc(CB, TLI);
  if (LF && *LF == LibFunc_free)
    return CB.getArgOperand(0);
  return nullptr;
}

StringRef allocFnName(const AllocSite &Site) {
  if (const Function *Callee = Site.Call->getCalledFunction())
    return Callee->getName();
  return "malloc";
}

} // namespace escape
