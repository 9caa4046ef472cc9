//===- FunctionFacts.cpp - Function-level promotion blockers --------------===//
//
// A function may be re-entered while it is active when it lies on a cycle of
// direct calls, or when it can be called back: it is reachable from a
// function whose address is taken (a callback, a dispatch-table entry) and
// it may itself run code the module cannot see (an indirect call, an
// external function, or a libc function not known to stay in libc: stdio,
// printf, exit, qsort ...). Both are treated as recursion. A cycle that goes
// through another translation unit by name is invisible here; the per-object
// and per-frame limits bound what it can cost.
//
//===----------------------------------------------------------------------===//

#include "escape/FunctionFacts.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/Analysis/CallGraph.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace escape {

namespace {

/// C library functions known never to run code of the program. Most others
/// can: stdio calls the functions of a fopencookie stream, the printf family
/// calls handlers registered with register_printf_specifier, exit runs atexit
/// handlers, abort a SIGABRT handler, qsort its comparator.
bool neverCallsBack(LibFunc LF) {
  switch (LF) {
  case LibFunc_malloc:
  case LibFunc_calloc:
  case LibFunc_realloc:
  case LibFunc_reallocf:
  case LibFunc_free:
  case LibFunc_aligned_alloc:
  case LibFunc_posix_memalign:
  case LibFunc_valloc:
  case LibFunc_memalign:
  case LibFunc_strdup:
  case LibFunc_strndup:
  case LibFunc_memcpy:
  case LibFunc_memmove:
  case LibFunc_mempcpy:
  case LibFunc_memccpy:
  case LibFunc_memset:
  case LibFunc_memcmp:
  case LibFunc_bcmp:
  case LibFunc_bcopy:
  case LibFunc_bzero:
  case LibFunc_memchr:
  case LibFunc_memrchr:
  case LibFunc_strlen:
  case LibFunc_strnlen:
  case LibFunc_strcpy:
  case LibFunc_strncpy:
  case LibFunc_stpcpy:
  case LibFunc_stpncpy:
  case LibFunc_strcat:
  case LibFunc_strncat:
  case LibFunc_strlcpy:
  case LibFunc_strlcat:
  case LibFunc_strcmp:
  case LibFunc_strncmp:
  case LibFunc_strcasecmp:
  case LibFunc_strncasecmp:
  case LibFunc_strcoll:
  case LibFunc_strxfrm:
  case LibFunc_strchr:
  case LibFunc_strrchr:
  case LibFunc_strstr:
  case LibFunc_strpbrk:
  case LibFunc_strspn:
  case LibFunc_strcspn:
  case LibFunc_strtok:
  case LibFunc_strtok_r:
  case LibFunc_dunder_strtok_r:
  case LibFunc_atoi:
  case LibFunc_atol:
  case LibFunc_atoll:
  case LibFunc_atof:
  case LibFunc_strtol:
  case LibFunc_strtoul:
  case LibFunc_strtoll:
  case LibFunc_strtoull:
  case LibFunc_strtod:
  case LibFunc_strtof:
  case LibFunc_strtold:
  case LibFunc_getenv:
  case LibFunc_abs:
  case LibFunc_labs:
  case LibFunc_llabs:
  case LibFunc_ffs:
  case LibFunc_isdigit:
  case LibFunc_isascii:
  case LibFunc_toascii:
  case LibFunc_sqrt:
  case LibFunc_sqrtf:
  case LibFunc_fabs:
  case LibFunc_floor:
  case LibFunc_ceil:
  case LibFunc_round:
  case LibFunc_trunc:
  case LibFunc_fmod:
  case LibFunc_exp:
  case LibFunc_log:
  case LibFunc_pow:
  case LibFunc_sin:
  case LibFunc_cos:
    return true;
  default:
    return false;
  }
}

/// True unless \p Callee is a C library function that never calls back.
bool callsBack(const Function &Callee, const TargetLibraryInfo &TLI) {
  LibFunc LF;
  return !(TLI.getLibFunc(Callee, LF) && TLI.has(LF) && neverCallsBack(LF));
}

/// True if \p F itself calls code outside the module's view: indirect calls,
/// declarations other than intrinsics and C library functions that do not
/// call back.
bool callsUnknownCode(Function &F, const TargetLibraryInfo &TLI) {
  for (Instruction &I : instructions(F)) {
    auto *CB = dyn_cast<CallBase>(&I);
    if (!CB || CB->isInlineAsm())
      continue;
    const Function *Callee = CB->getCalledFunction();
    if (!Callee)
      return true;
    if (Callee->isDeclaration() && !Callee->isIntrinsic() &&
        callsBack(*Callee, TLI))
      return true;
  }
  return false;
}

/// Calls that may return again later although LLVM does not mark them
/// `returns_twice`: __builtin_setjmp (llvm.eh.sjlj.setjmp) and swapcontext,
/// whose saved context a later setcontext resumes.
bool savesContext(const Function &F) {
  for (const Instruction &I : instructions(F))
    if (const auto *CB = dyn_cast<CallBase>(&I))
      if (const Function *Callee = CB->getCalledFunction())
        if (Callee->getIntrinsicID() == Intrinsic::eh_sjlj_setjmp ||
            Callee->getName() == "swapcontext")
          return true;
  return false;
}

} // namespace

ModuleFacts
computeModuleFacts(Module &M,
                   function_ref<const TargetLibraryInfo &(Function &)> GetTLI) {
  ModuleFacts MF;
  DenseSet<const Function *> &Recursive = MF.Recursive;
  DenseSet<const Function *> ReachesUnknown;
  CallGraph CG(M);
  // SCCs come callees first, so a function's callees are settled before it.
  for (scc_iterator<CallGraph *> I = scc_begin(&CG); !I.isAtEnd(); ++I) {
    bool Unknown = false;
    for (const CallGraphNode *N : *I) {
      Function *F = N->getFunction();
      if (!F || F->isDeclaration())
        continue;
      Unknown |= callsUnknownCode(*F, GetTLI(*F));
      for (const CallGraphNode::CallRecord &Call : *N)
        if (const Function *Callee = Call.second->getFunction())
          Unknown |= ReachesUnknown.count(Callee);
    }
    for (const CallGraphNode *N : *I) {
      Function *F = N->getFunction();
      if (!F || F->isDeclaration())
        continue;
      MF.BottomUp.push_back(F);
      auto &Callees = MF.Callees[F];
      for (const CallGraphNode::CallRecord &Call : *N)
        if (const Function *Callee = Call.second->getFunction())
          if (!Callee->isDeclaration() && !is_contained(Callees, Callee))
            Callees.push_back(Callee);
      if (I.hasCycle())
        Recursive.insert(F);
      if (Unknown)
        ReachesUnknown.insert(F);
    }
  }

  // Everything a callback may call directly can be re-entered through it.
  SmallVector<const Function *, 16> Work;
  DenseSet<const Function *> CalledBack;
  for (Function &F : M)
    if (!F.isDeclaration() && F.hasAddressTaken() &&
        CalledBack.insert(&F).second)
      Work.push_back(&F);
  while (!Work.empty()) {
    const Function *F = Work.pop_back_val();
    for (const CallGraphNode::CallRecord &Call : *CG[F])
      if (const Function *Callee = Call.second->getFunction())
        if (!Callee->isDeclaration() && CalledBack.insert(Callee).second)
          Work.push_back(Callee);
  }
  for (const Function *F : CalledBack)
    if (ReachesUnknown.count(F))
      Recursive.insert(F);
  MF.CalledBack = std::move(CalledBack);
  return MF;
}

FunctionFacts computeFunctionFacts(const Function &F, const ModuleFacts &MF,
                                   uint64_t CalleeStackBytes) {
  FunctionFacts FF;
  FF.OptNone = F.hasOptNone();
  FF.Recursive = MF.Recursive.count(&F);
  FF.CalledBack = MF.CalledBack.count(&F);
  FF.CalleeStackBytes = CalleeStackBytes;
  FF.CallsSetjmp = F.callsFunctionThatReturnsTwice() || savesContext(F);
  FF.Sanitized = F.hasFnAttribute(Attribute::SanitizeAddress) ||
                 F.hasFnAttribute(Attribute::SanitizeHWAddress) ||
                 F.hasFnAttribute(Attribute::SanitizeMemory) ||
                 F.hasFnAttribute(Attribute::SanitizeThread) ||
                 F.hasFnAttribute(Attribute::SanitizeMemTag);
  return FF;
}

} // namespace escape
