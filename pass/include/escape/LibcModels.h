//===- LibcModels.h - What libc functions do with pointers ------*- C++ -*-===//
//
/// \file
/// The table of C library functions whose pointer behaviour is known
/// exactly: string.h, the printf and scanf families, the strtol family,
/// qsort, stdio reads and writes, realloc. Everything else is left to the
/// callee's attributes (CallEffects.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_LIBCMODELS_H
#define ESCAPE_LIBCMODELS_H

#include "escape/CallEffects.h"
#include <optional>

namespace escape {

/// The modelled effects of \p CB if its callee is a known C library function
/// called as a builtin; std::nullopt otherwise. \p Summaries, if given,
/// describes functions handed to the library (qsort's comparator).
std::optional<CallEffects> libcEffects(const llvm::CallBase &CB,
                                       const llvm::TargetLibraryInfo &TLI,
                                       const SummaryTable *Summaries);

} // namespace escape

#endif // ESCAPE_LIBCMODELS_H
