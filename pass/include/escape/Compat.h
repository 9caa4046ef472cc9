//===- Compat.h - The LLVM 19 / 22 differences, in one place ----*- C++ -*-===//
//
/// \file
/// Escape builds against LLVM 22 (primary) and LLVM 19. Every API that differs
/// between the two is wrapped here, and nowhere else in the project does an
/// `LLVM_VERSION_MAJOR` test appear.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_COMPAT_H
#define ESCAPE_COMPAT_H

#include "llvm/Config/llvm-config.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Passes/PassBuilder.h"

#if LLVM_VERSION_MAJOR >= 22
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif

namespace escape::compat {

/// How a call may capture one of its pointer arguments.
enum class ArgCapture {
  None,         ///< Not captured at all.
  OnlyReturned, ///< Captured only by being (part of) the return value.
  Captured,     ///< May be captured by other means.
};

/// Reads the capture attributes of argument \p ArgNo of \p CB. LLVM 21+
/// spells them `captures(...)` and can say "only through the return value";
/// LLVM 19 has only `nocapture`.
inline ArgCapture argCapture(const llvm::CallBase &CB, unsigned ArgNo) {
#if LLVM_VERSION_MAJOR >= 21
  llvm::CaptureInfo CI = CB.getCaptureInfo(ArgNo);
  // An address capture without provenance (an ordered comparison, a
  // ptrtoint for hashing) gives the callee no access to the object in
  // LLVM's model, but the address's bits may come back as an integer that
  // C lets the program turn into the pointer again: counted as a capture,
  // as LLVM 19's `nocapture` did. A null test reveals nothing.
  auto Keeps = [](llvm::CaptureComponents CC) {
    return llvm::capturesAnyProvenance(CC) ||
           (llvm::capturesAddress(CC) && !llvm::capturesAddressIsNullOnly(CC));
  };
  llvm::CaptureComponents Ret = CI.getRetComponents();
  if (Keeps(CI.getOtherComponents()) ||
      (Keeps(Ret) && !llvm::capturesAnyProvenance(Ret)))
    return ArgCapture::Captured;
  return llvm::capturesAnyProvenance(Ret) ? ArgCapture::OnlyReturned
                                          : ArgCapture::None;
#else
  return CB.doesNotCapture(ArgNo) ? ArgCapture::None : ArgCapture::Captured;
#endif
}

/// `llvm.lifetime.start` for a whole alloca. LLVM 22 takes only the pointer;
/// LLVM 19 also wants the size.
inline llvm::CallInst *
createLifetimeStart(llvm::IRBuilder<> &B, llvm::AllocaInst *AI, uint64_t Size) {
#if LLVM_VERSION_MAJOR >= 22
  (void)Size;
  return B.CreateLifetimeStart(AI);
#else
  return B.CreateLifetimeStart(AI, B.getInt64(Size));
#endif
}

/// `llvm.lifetime.end` for a whole alloca.
inline llvm::CallInst *createLifetimeEnd(llvm::IRBuilder<> &B,
                                         llvm::AllocaInst *AI, uint64_t Size) {
#if LLVM_VERSION_MAJOR >= 22
  (void)Size;
  return B.CreateLifetimeEnd(AI);
#else
  return B.CreateLifetimeEnd(AI, B.getInt64(Size));
#endif
}

/// The source variable a value was declared as, if debug info says so: the
/// `#dbg_declare` of an alloca, or any `#dbg_value` / `#dbg_assign` record
/// describing the value. Returns the record, whose DebugLoc is the variable's
/// declaration position as clang emits it.
inline const llvm::DbgVariableRecord *
findVariableRecord(const llvm::Value *CV) {
  // The lookups take non-const values but do not modify them.
  llvm::Value *V = const_cast<llvm::Value *>(CV);
  for (llvm::DbgVariableRecord *DVR : llvm::findDVRDeclares(V))
    return DVR;
  if (auto *I = llvm::dyn_cast<llvm::Instruction>(V))
    for (llvm::DbgVariableRecord *DVR : llvm::at::getDVRAssignmentMarkers(I))
      return DVR;
  llvm::SmallVector<llvm::DbgVariableRecord *, 2> Records;
#if LLVM_VERSION_MAJOR >= 22
  llvm::findDbgValues(V, Records);
#else
  llvm::SmallVector<llvm::DbgValueInst *, 2> Intrinsics;
  llvm::findDbgValues(Intrinsics, V, &Records);
#endif
  for (llvm::DbgVariableRecord *DVR : Records)
    return DVR;
  return nullptr;
}

/// True for instructions that turn a pointer into an integer (`ptrtoint`, and
/// LLVM 22's `ptrtoaddr`).
inline bool isPointerToInteger(const llvm::Instruction &I) {
#if LLVM_VERSION_MAJOR >= 22
  if (llvm::isa<llvm::PtrToAddrInst>(I))
    return true;
#endif
  return llvm::isa<llvm::PtrToIntInst>(I);
}

/// The phase argument some extension-point callbacks gained in LLVM 20.
#if LLVM_VERSION_MAJOR >= 20
#define ESCAPE_EP_PHASE_PARAM , llvm::ThinOrFullLTOPhase
#else
#define ESCAPE_EP_PHASE_PARAM
#endif

} // namespace escape::compat

#endif // ESCAPE_COMPAT_H
