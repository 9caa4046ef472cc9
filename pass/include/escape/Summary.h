//===- Summary.h - Callee facts from the callee's own body ------*- C++ -*-===//
//-*-===//
//
/// \file
/// Interprocedural facts computed from a callee's own escape analysis, for
/// its callers in the same module (functions are analysed callees first).
/// So far one fact, for functions that only read memory and return plain
/// data (an integer, a float): which bytes behind each pointer parameter
/// they read as data. A caller that stored a pointer there must treat it as
/// read as an integer (it may come back in the result as bits); a caller
/// whose pointers sit elsewhere keeps them. Without a summary, a caller has
/// to assume every byte is read that way.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_SUMMARY_H
#define ESCAPE_SUMMARY_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <utility>

namespace llvm {
class Function;
} // namespace llvm

namespace escape {

class EscapeInfo;

/// The bytes behind a pointer that a callee reads as data (integers, text)
/// and can send on (in its result, to a file): a pointer stored there
/// leaves as plain bytes, as if read back as an integer.
struct DataReads {
  /// Byte ranges [first, second) of the pointee.
  llvm::SmallVector<std::pair<int64_t, int64_t>, 2> Ranges;
  /// Any byte of the pointee.
  bool All = false;
  /// Memory behind pointers loaded from the pointee.
  bool Deep = false;

  /// Every byte, at every depth: what a caller assumes without a summary.
  static DataReads everything() { return {{}, true, true}; }
  bool any() const { return All || Deep || !Ranges.empty(); }
};

/// How a function reads the memory behind one pointer parameter.
struct ParamSummary {
  /// A pointer loaded from the pointee may outlive the call or be freed: the
  /// caller's ArgEffect::ContentEscapes.
  bool ContentLeaks = true;
  DataReads Reads = DataReads::everything();
};

/// The summary of one function: one entry per parameter (non-pointer
/// parameters keep the conservative default).
struct FunctionSummary {
  llvm::SmallVector<ParamSummary, 4> Params;
};

/// Summaries of the module's functions, filled callees first.
using SummaryTable = llvm::DenseMap<const llvm::Function *, FunctionSummary>;

/// True if callers can use a summary of \p F: it only reads memory, returns
/// plain data, and its body is the one that runs (not interposable).
bool wantsSummary(const llvm::Function &F);

/// The summary of the function \p Info describes.
FunctionSummary summarize(const EscapeInfo &Info);

} // namespace escape

#endif // ESCAPE_SUMMARY_H
