//===- Solve.h - What every location may point to ---------------*- C++ -*-===//
//
/// \file
/// Propagates objects along the flows of an EscapeGraph until nothing
/// changes (an inclusion-based points-to analysis, field-insensitive for
/// contents, with byte offsets kept beside it). An object in `{heap}` escapes,
/// one in `{result}` is returned, one in `{freed}` is freed; the solution
/// also remembers, for every (location, object) pair, the flow that first
/// brought the object there, which is how decisions are explained.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_SOLVE_H
#define ESCAPE_SOLVE_H

#include "escape/EscapeGraph.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SparseBitVector.h"
#include <vector>

namespace escape {

/// One step of an explanation: Obj reached location To through flow Via,
/// coming from location From (From == To for AddressOf flows, which start a
/// path).
struct Step {
  LocId From;
  LocId To;
  FlowId Via;
};

/// The fixpoint of an EscapeGraph.
class Solution {
public:
  using ObjectSet = llvm::SparseBitVector<>;

  /// Objects location \p L may point to.
  const ObjectSet &pointsTo(LocId L) const { return Pts[L]; }
  /// The offset, into whatever it points to, of every pointer in \p L.
  Offset offset(LocId L) const { return Offsets[L]; }
  /// True if a pointer field of \p O is read (or written) as an integer.
  bool isPunned(ObjId O) const { return Punned.count(O); }

  /// The path by which \p O reached \p L, from its AddressOf flow to \p L,
  /// or empty if \p O never reached \p L.
  std::vector<Step> pathTo(ObjId O, LocId L) const;

  /// Objects reachable from \p Roots through object contents (including the
  /// roots).
  ObjectSet closure(const ObjectSet &Roots, const EscapeGraph &G) const;

private:
  friend class Solver;
  std::vector<ObjectSet> Pts;
  std::vector<Offset> Offsets;
  /// (location, object) -> the step that first put the object there.
  llvm::DenseMap<std::pair<LocId, ObjId>, Step> Origin;
  llvm::DenseSet<ObjId> Punned;
};

/// Solves \p G. The graph is extended with the flows the solver derives
/// (contents of punned objects escape), so it is taken by reference.
Solution solve(EscapeGraph &G);

} // namespace escape

#endif // ESCAPE_SOLVE_H
