//===- Remarks.h - Decisions as optimization remarks ------------*- C++ -*-===//
//
/// \file
/// The presentation layer: turns escape facts and promotion decisions into
/// standard LLVM optimization remarks, pass name `escape`, with the messages
/// of REMARKS.md and structured arguments for -fsave-optimization-record.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_REMARKS_H
#define ESCAPE_REMARKS_H

#include "escape/Plan.h"

namespace llvm {
class OptimizationRemarkEmitter;
} // namespace llvm

namespace escape {

/// The pass name every Escape remark carries.
inline constexpr const char *RemarkPassName = "escape";

/// Emits the remarks for one function: allocation sites, pointer parameters
/// and address-escaping locals. Call before the plan is applied (the remarks
/// point at the allocation calls).
void emitRemarks(const EscapeInfo &Info, const PromotionPlan &Plan,
                 llvm::OptimizationRemarkEmitter &ORE, bool Explain);

/// True if any Escape remark would be shown or recorded for \p F.
bool remarksWanted(const llvm::Function &F);

} // namespace escape

#endif // ESCAPE_REMARKS_H
