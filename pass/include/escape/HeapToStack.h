//===- HeapToStack.h - Rewriting allocations as stack slots -----*- C++ -*-===//
//
/// \file
/// The transformation layer: applies a PromotionPlan to the IR. Each
/// promoted allocation becomes an entry-block alloca (aligned to at least 16
/// bytes, malloc's alignment on x86-64) started with `llvm.lifetime.start`
/// where the call was; calloc gets a memset, strdup of a literal a memcpy; its
/// frees are deleted, those that free exactly it replaced by
/// `llvm.lifetime.end`; null checks of it fold.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_HEAPTOSTACK_H
#define ESCAPE_HEAPTOSTACK_H

#include "escape/Plan.h"

namespace escape {

/// Rewrites \p F as \p Plan says. Returns true if the IR changed.
bool applyPromotionPlan(llvm::Function &F, const PromotionPlan &Plan);

} // namespace escape

#endif // ESCAPE_HEAPTOSTACK_H
