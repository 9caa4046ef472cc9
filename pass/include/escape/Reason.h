//===- Reason.h - Why a pointer moves where it does -------------*- C++ -*-===//
//
/// \file
/// The short reasons of REMARKS.md (`assign to global`, `call parameter`,
/// ...). Every flow of the escape graph carries one, so a decision can be
/// explained step by step.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_REASON_H
#define ESCAPE_REASON_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace escape {

enum class Reason : uint8_t {
  AddressOf,            ///< An allocation or alloca yields its address.
  Assign,               ///< GEP, cast, phi, select, ...
  Load,                 ///< Read from memory.
  Store,                ///< Written into memory.
  AssignToGlobal,       ///< Stored into a global variable.
  StoreThroughPointer,  ///< Stored into memory the caller can see.
  StoredInEscaping,     ///< Stored into an object that itself escapes.
  CallParameter,        ///< Kept by a callee (captured argument).
  UnknownCallee,        ///< Passed to a callee nothing is known about.
  IndirectCall,         ///< Passed through an indirect call.
  InlineAsm,            ///< Passed to inline assembly.
  CallResult,           ///< Returned by a callee.
  Return,               ///< Returned by this function.
  MemcpyOfPointer,      ///< Copied by memcpy/memmove.
  PtrToInt,             ///< Converted to an integer.
  PointerCompare,       ///< Ordered against a pointer to something else.
  AddressFormatted,     ///< Printed with %p: the address leaves as text.
  UnknownFormat,        ///< Passed to printf with a format nobody can read.
  PointerReadAsInteger, ///< A pointer field read back as an integer.
  ThreadStart,          ///< Passed to pthread_create.
  Free,                 ///< Passed to free.
  FreedByCallee,        ///< A callee may free it.
  Realloc,              ///< Passed to realloc.
  AtomicOrVolatile,     ///< Used by an atomic or volatile access.
  UnknownInstruction,   ///< Used by an instruction the builder does not model.
};

/// The words REMARKS.md uses for \p R, e.g. "assign to global".
llvm::StringRef reasonText(Reason R);

} // namespace escape

#endif // ESCAPE_REASON_H
