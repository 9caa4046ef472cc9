//===- LibcModels.cpp - What libc functions do with pointers --------------===//
//
// One entry per function (or family). The words used:
//   ro      the argument is only read: not kept, not freed, nothing kept
//           from it; its bytes may decide the result (strlen, memcmp), so a
//           pointer stored in them counts as read as an integer
//   out     the argument's bytes are sent on (write, fputs, printf's %s)
//   rw      read and written with plain data (bytes, numbers)
//   ret     the result may point into the argument's object
//   copy    the contents of one argument's object flow into another's,
//           pointers and bytes where they were
// A pointer argument not listed in a model gets the conservative default.
//
//===----------------------------------------------------------------------===//

#include "escape/LibcModels.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"

using namespace llvm;

namespace escape {

namespace {

ArgEffect ro() { return ArgEffect::readsData(); }
ArgEffect out() { return ArgEffect::readsData(); }
ArgEffect rw() { return ArgEffect::readWrite(); }
/// Written with bytes that cannot form a pointer to anything (memset's fill).
ArgEffect filled() { return ArgEffect::readOnly(); }
ArgEffect ret(ArgEffect E) {
  E.Returned = true;
  return E;
}

/// A model with \p Params declared pointer effects; non-pointer parameters
/// take a read-only placeholder that the builder never consults.
CallEffects
model(std::initializer_list<ArgEffect> Params,
      ArgEffect Variadic = ArgEffect::unknown(Reason::UnknownCallee),
      bool ResultUnknown = true) {
  CallEffects E;
  E.Params.assign(Params.begin(), Params.end());
  E.Variadic = Variadic;
  E.ResultUnknown = ResultUnknown;
  return E;
}

/// memcpy-like: (dst, src, n), returns dst.
CallEffects copyModel(unsigned DstArg, unsigned SrcArg,
                      std::optional<unsigned> LenArg, unsigned NumParams,
                      bool ReturnsDst) {
  CallEffects E = CallEffects::uniform(NumParams, ro());
  E.Params[DstArg] = ReturnsDst ? ret(rw()) : rw();
  // The copy carries the source's bytes where they go; they decide nothing
  // else (see resultFromSourceBytes).
  E.Params[SrcArg] = ArgEffect::readOnly();
  // The copy itself carries the pointers; the destination is not clobbered
  // with anything else.
  E.Params[DstArg].ContentClobbered = false;
  E.ResultUnknown = false;
  E.Copies.push_back({DstArg, SrcArg, LenArg});
  return E;
}

/// A copy whose result depends on the source's bytes (stpcpy's end pointer,
/// strlcpy's length): the source is also read as data.
CallEffects resultFromSourceBytes(CallEffects E) {
  for (const CallEffects::ContentCopy &C : E.Copies)
    E.Params[C.Src].Reads.All = true;
  return E;
}

/// The variadic arguments (counted from the first one) that a printf format
/// prints with %p, or std::nullopt if the format cannot be read (not a
/// constant, or positional `%1$p` conversions).
std::optional<SmallVector<unsigned, 2>> addressConversions(const Value *Fmt) {
  StringRef F;
  if (!getConstantStringInfo(Fmt, F))
    return std::nullopt;
  SmallVector<unsigned, 2> Addresses;
  unsigned Arg = 0;
  auto Digits = [&](size_t &I) {
    while (I < F.size() && isDigit(F[I]))
      ++I;
  };
  for (size_t I = 0; I < F.size(); ++I) {
    if (F[I] != '%')
      continue;
    if (++I < F.size() && F[I] == '%')
      continue;
    // glibc's flags include I (locale digits).
    while (I < F.size() && StringRef("-+ #0'I").contains(F[I]))
      ++I;
    if (I < F.size() && F[I] == '*') {
      ++Arg;
      ++I;
    }
    Digits(I);
    if (I < F.size() && F[I] == '$')
      return std::nullopt;
    if (I < F.size() && F[I] == '.') {
      if (++I < F.size() && F[I] == '*') {
        ++Arg;
        ++I;
      }
      Digits(I);
    }
    while (I < F.size() && StringRef("hlLqjzt").contains(F[I]))
      ++I;
    if (I >= F.size())
      break;
    if (F[I] == 'm') // glibc: strerror(errno), no argument
      continue;
    // Anything else may be a conversion registered with glibc's
    // register_printf_specifier, which can do anything with its argument.
    if (!StringRef("diouxXeEfFgGaAcspnCS").contains(F[I]))
      return std::nullopt;
    if (F[I] == 'p')
      Addresses.push_back(Arg);
    ++Arg;
  }
  return Addresses;
}

/// The printf and scanf families: the format and the arguments are read
/// (%n writes an integer through its argument, scanf writes plain data), the
/// output buffer, if any, written. For output functions, \p Format is the
/// format's argument index: an argument printed with %p leaves as text, as a
/// ptrtoint would, and text can be parsed back into a pointer nobody tracks;
/// it escapes. Without a readable format every pointer argument might be.
CallEffects printfModel(const CallBase &CB, std::optional<unsigned> Buffer,
                        std::optional<unsigned> Format = std::nullopt) {
  unsigned N = CB.getFunctionType()->getNumParams();
  CallEffects E = CallEffects::uniform(N, ro());
  if (Buffer)
    E.Params[*Buffer] = rw();
  // Arguments are written (%n), or their bytes are sent on (%s).
  E.Variadic = rw();
  E.Variadic.Reads.All = true;
  if (!Format || *Format >= CB.arg_size() || !CB.getFunctionType()->isVarArg())
    return E;
  std::optional<SmallVector<unsigned, 2>> Addresses =
      addressConversions(CB.getArgOperand(*Format));
  if (!Addresses) {
    E.Variadic = ArgEffect::unknown(Reason::UnknownFormat);
    return E;
  }
  // Spell out every variadic argument so that some can differ.
  E.Params.resize(CB.arg_size(), E.Variadic);
  for (unsigned A : *Addresses)
    if (N + A < E.Params.size())
      E.Params[N + A] = ArgEffect::unknown(Reason::AddressFormatted);
  return E;
}

/// The strtol family: (nptr, endptr, ...) stores a pointer into nptr's
/// string through endptr.
CallEffects strtolModel(unsigned NumParams) {
  CallEffects E = CallEffects::uniform(NumParams, ro());
  E.Params[0].StoredInto = 1;
  E.Params[1] = rw();
  E.Params[1].ContentClobbered = false;
  return E;
}

/// qsort(base, n, size, cmp): the comparator sees pointers into base.
/// Harmless when the comparator is a known function that captures and frees
/// neither argument; otherwise base escapes into it.
CallEffects qsortModel(const CallBase &CB, const SummaryTable *Summaries) {
  CallEffects E = CallEffects::uniform(CB.arg_size(), ro());
  E.ResultUnknown = false;
  auto *Cmp = dyn_cast<Function>(CB.getArgOperand(3)->stripPointerCasts());
  bool CmpHarmless =
      Cmp && Cmp->arg_size() == 2 && Cmp->getArg(0)->hasNoCaptureAttr() &&
      Cmp->getArg(1)->hasNoCaptureAttr() && Cmp->doesNotFreeMemory();
  if (!CmpHarmless) {
    E.Params[0] = ArgEffect::unknown(Reason::CallParameter);
    return E;
  }
  // Elements move within base: no pointer enters or leaves it, unless the
  // comparator reads pointers out of the elements and keeps them. The order
  // it answers depends on what it reads, as a read-only callee's result
  // does: without a summary of its body, every byte (and what pointers in
  // them point to) may be revealed by the order.
  E.Params[0] = rw();
  E.Params[0].ContentClobbered = false;
  E.Params[0].Why = Reason::CallParameter;
  E.Params[0].ContentEscapes = true;
  E.Params[0].Reads = DataReads::everything();
  auto It = Summaries ? Summaries->find(Cmp) : SummaryTable::const_iterator();
  if (Cmp->onlyReadsMemory() && Summaries && It != Summaries->end() &&
      It->second.Params.size() == 2) {
    const ParamSummary &A = It->second.Params[0], &B = It->second.Params[1];
    E.Params[0].ContentEscapes = A.ContentLeaks || B.ContentLeaks;
    // Each element lies anywhere in base.
    DataReads &R = E.Params[0].Reads;
    R.All = A.Reads.All || B.Reads.All || !A.Reads.Ranges.empty() ||
            !B.Reads.Ranges.empty();
    R.Deep = A.Reads.Deep || B.Reads.Deep;
  }
  // Elements change places: a pointer field may end up where an integer
  // field was read or written, so base's byte ranges are all mixed.
  E.Copies.push_back({0, 0, std::nullopt});
  return E;
}

std::optional<CallEffects> modelLibFunc(LibFunc LF, const CallBase &CB,
                                        const SummaryTable *Summaries) {
  unsigned N = CB.getFunctionType()->getNumParams();
  switch (LF) {
  // Read-only string and memory inspection, returning no pointer.
  case LibFunc_strlen:
  case LibFunc_strnlen:
  case LibFunc_strcmp:
  case LibFunc_strncmp:
  case LibFunc_strcasecmp:
  case LibFunc_strncasecmp:
  case LibFunc_strcoll:
  case LibFunc_memcmp:
  case LibFunc_bcmp:
  case LibFunc_strspn:
  case LibFunc_strcspn:
  case LibFunc_atoi:
  case LibFunc_atol:
  case LibFunc_atoll:
  case LibFunc_atof:
  case LibFunc_getenv:
  case LibFunc_strlen_chk:
    return CallEffects::uniform(N, ro());
  // Output of the argument's bytes.
  case LibFunc_puts:
  case LibFunc_perror:
    return CallEffects::uniform(N, out());
  // Searches: the result points into the first argument (or is null).
  case LibFunc_strchr:
  case LibFunc_strrchr:
  case LibFunc_memchr:
  case LibFunc_memrchr:
  case LibFunc_strstr:
  case LibFunc_strpbrk: {
    CallEffects E = CallEffects::uniform(N, ro());
    E.Params[0] = ret(ro());
    E.ResultUnknown = false;
    return E;
  }
  // Copies, returning the destination.
  case LibFunc_memcpy:
  case LibFunc_memmove:
  case LibFunc_mempcpy:
  case LibFunc_memcpy_chk:
  case LibFunc_memmove_chk:
  case LibFunc_mempcpy_chk:
    return copyModel(0, 1, 2, N, /*ReturnsDst=*/true);
  case LibFunc_memccpy:
  case LibFunc_memccpy_chk:
    return resultFromSourceBytes(
        copyModel(0, 1, std::nullopt, N, /*ReturnsDst=*/true));
  case LibFunc_strcpy:
  case LibFunc_strncpy:
  case LibFunc_strcat:
  case LibFunc_strncat:
  case LibFunc_strcpy_chk:
  case LibFunc_strncpy_chk:
  case LibFunc_strcat_chk:
  case LibFunc_strncat_chk:
    return copyModel(0, 1, std::nullopt, N, /*ReturnsDst=*/true);
  case LibFunc_stpcpy:
  case LibFunc_stpncpy:
  case LibFunc_stpcpy_chk:
  case LibFunc_stpncpy_chk:
    return resultFromSourceBytes(
        copyModel(0, 1, std::nullopt, N, /*ReturnsDst=*/true));
  case LibFunc_strlcpy:
  case LibFunc_strlcat:
  case LibFunc_strlcpy_chk:
  case LibFunc_strlcat_chk:
  case LibFunc_strxfrm:
    return resultFromSourceBytes(
        copyModel(0, 1, std::nullopt, N, /*ReturnsDst=*/false));
  case LibFunc_bcopy:
    return copyModel(1, 0, 2, N, /*ReturnsDst=*/false);
  case LibFunc_memset:
  case LibFunc_memset_chk: {
    CallEffects E = CallEffects::uniform(N, ro());
    E.Params[0] = ret(filled());
    E.ResultUnknown = false;
    return E;
  }
  case LibFunc_bzero:
    return CallEffects::uniform(N, filled());
  // Formatted output and input.
  case LibFunc_printf:
    return printfModel(CB, std::nullopt, 0);
  case LibFunc_fprintf:
    return printfModel(CB, 0, 1);
  case LibFunc_sprintf:
    return printfModel(CB, 0, 1);
  case LibFunc_snprintf:
    return printfModel(CB, 0, 2);
  case LibFunc_sprintf_chk:
    return printfModel(CB, 0, 3);
  case LibFunc_snprintf_chk:
    return printfModel(CB, 0, 4);
  // The va_list forms take their arguments from a va_list, which holds the
  // caller's arguments: nothing of this function's.
  case LibFunc_vprintf:
  case LibFunc_vfprintf:
  case LibFunc_scanf:
  case LibFunc_vscanf:
  case LibFunc_dunder_isoc99_scanf:
  case LibFunc_dunder_isoc99_sscanf:
  case LibFunc_sscanf:
  case LibFunc_vsscanf:
  case LibFunc_fscanf:
  case LibFunc_vfscanf:
    // The FILE argument (if any) is libc's object, read and written.
    return printfModel(CB, LF == LibFunc_vfprintf || LF == LibFunc_fscanf ||
                                   LF == LibFunc_vfscanf
                               ? std::optional<unsigned>(0)
                               : std::nullopt);
  case LibFunc_vsprintf:
  case LibFunc_vsnprintf:
  case LibFunc_vsprintf_chk:
  case LibFunc_vsnprintf_chk:
    return printfModel(CB, 0);
  // Stream and file-descriptor I/O on plain bytes.
  case LibFunc_fputs:
  case LibFunc_fputs_unlocked:
  case LibFunc_fputc:
  case LibFunc_fputc_unlocked:
  case LibFunc_putc:
  case LibFunc_fwrite:
  case LibFunc_fwrite_unlocked:
  case LibFunc_under_IO_putc:
  case LibFunc_write: {
    CallEffects E = CallEffects::uniform(N, out());
    // The FILE is written by the call.
    if (LF != LibFunc_write)
      E.Params[N - 1] = rw();
    return E;
  }
  case LibFunc_fread:
  case LibFunc_fread_unlocked:
  case LibFunc_read: {
    CallEffects E = CallEffects::uniform(N, rw());
    return E;
  }
  case LibFunc_fgets:
  case LibFunc_fgets_unlocked: {
    CallEffects E = CallEffects::uniform(N, rw());
    E.Params[0] = ret(rw());
    E.ResultUnknown = false;
    return E;
  }
  case LibFunc_fopen:
  case LibFunc_open:
    return model({ro(), ro()}, ro());
  case LibFunc_stat:
  case LibFunc_lstat:
  case LibFunc_fstat:
  case LibFunc_gettimeofday:
    return CallEffects::uniform(N, rw());
  // Parsing numbers: *endptr = a pointer into nptr.
  case LibFunc_strtol:
  case LibFunc_strtoul:
  case LibFunc_strtoll:
  case LibFunc_strtoull:
  case LibFunc_strtod:
  case LibFunc_strtof:
  case LibFunc_strtold:
    return strtolModel(N);
  // strtok keeps its argument in hidden static state.
  case LibFunc_strtok: {
    CallEffects E = CallEffects::uniform(N, ro());
    E.Params[0] = ArgEffect::unknown(Reason::CallParameter);
    return E;
  }
  // strtok_r(s, delim, saveptr): *saveptr and the result point into s, or,
  // when s is null, into the string *saveptr pointed to.
  case LibFunc_strtok_r:
  case LibFunc_dunder_strtok_r: {
    CallEffects E = CallEffects::uniform(N, ro());
    E.Params[0] = ret(rw());
    E.Params[0].ContentClobbered = false;
    E.Params[0].Reads.All = true; // where the token ends depends on them
    E.Params[0].StoredInto = 2;
    E.Params[2] = rw();
    E.Params[2].ContentClobbered = false;
    E.Params[2].ContentReturned = true;
    E.ResultUnknown = false;
    return E;
  }
  case LibFunc_realloc:
  case LibFunc_reallocf: {
    // The old block is freed and its bytes (pointers included) move to a new
    // block nobody here can see.
    CallEffects E = CallEffects::uniform(N, ro());
    E.Params[0] = ArgEffect::readOnly();
    E.Params[0].Frees = true;
    E.Params[0].ContentEscapes = true;
    E.Params[0].Why = Reason::Realloc;
    return E;
  }
  case LibFunc_qsort:
    return qsortModel(CB, Summaries);
  default:
    return std::nullopt;
  }
}

/// glibc entry points TargetLibraryInfo does not know: the fortified and
/// C99 scanf spellings glibc's headers redirect to, and functions that must
/// never be mistaken for harmless whatever their attributes say. A model
/// applies only to a declaration with glibc's prototype (parameter count and
/// variadic-ness), since argument positions depend on it.
std::optional<CallEffects> modelByName(StringRef Name, const CallBase &CB) {
  FunctionType *FT = CB.getFunctionType();
  unsigned N = FT->getNumParams();
  auto Proto = [&](unsigned Params, bool VarArg) {
    return N == Params && FT->isVarArg() == VarArg;
  };
  if (Name == "pthread_create" && Proto(4, false)) {
    CallEffects E = CallEffects::uniform(N, ro());
    E.Params[0] = rw();
    E.Params[2] = ArgEffect::unknown(Reason::ThreadStart);
    E.Params[3] = ArgEffect::unknown(Reason::ThreadStart);
    return E;
  }
  if (Name == "malloc_usable_size" || Name == "reallocarray")
    return CallEffects::uniform(N, ArgEffect::unknown(Reason::Realloc));
  // __printf_chk(flag, fmt, ...), __fprintf_chk(stream, flag, fmt, ...)
  if (Name == "__printf_chk" && Proto(2, true))
    return printfModel(CB, std::nullopt, 1);
  if (Name == "__fprintf_chk" && Proto(3, true))
    return printfModel(CB, 0, 2);
  if (Name == "__vprintf_chk" && Proto(3, false))
    return printfModel(CB, std::nullopt);
  if (Name == "__vfprintf_chk" && Proto(4, false))
    return printfModel(CB, 0);
  if ((Name == "__isoc99_sscanf" || Name == "__isoc23_sscanf") &&
      Proto(2, true))
    return printfModel(CB, std::nullopt);
  if ((Name == "__isoc99_scanf" || Name == "__isoc23_scanf") && Proto(1, true))
    return printfModel(CB, std::nullopt);
  if ((Name == "__isoc99_vsscanf" || Name == "__isoc23_vsscanf") &&
      Proto(3, false))
    return printfModel(CB, std::nullopt);
  if ((Name == "__isoc99_fscanf" || Name == "__isoc23_fscanf") &&
      Proto(2, true))
    return printfModel(CB, 0);
  if ((Name == "__isoc99_vfscanf" || Name == "__isoc23_vfscanf") &&
      Proto(3, false))
    return printfModel(CB, 0);
  if (Name.starts_with("__isoc23_strto") &&
      (Proto(2, false) || Proto(3, false)))
    return strtolModel(N);
  return std::nullopt;
}

} // namespace

std::optional<CallEffects> libcEffects(const CallBase &CB,
                                       const TargetLibraryInfo &TLI,
                                       const SummaryTable *Summaries) {
  const Function *Callee = CB.getCalledFunction();
  if (!Callee || CB.isNoBuiltin())
    return std::nullopt;
  // The escape hatches first: these are never harmless.
  StringRef Name = Callee->getName();
  if (Name == "pthread_create" || Name == "malloc_usable_size" ||
      Name == "reallocarray")
    return modelByName(Name, CB);
  // The models describe the C library, not a function this module defines
  // under the same name (its attributes describe it better).
  if (!Callee->isDeclaration())
    return std::nullopt;
  LibFunc LF;
  if (TLI.getLibFunc(*Callee, LF) && TLI.has(LF))
    return modelLibFunc(LF, CB, Summaries);
  // Name-based models describe glibc's own functions: not when the caller is
  // built with -fno-builtin.
  if (CB.getFunction()->hasFnAttribute("no-builtins"))
    return std::nullopt;
  return modelByName(Name, CB);
}

} // namespace escape
