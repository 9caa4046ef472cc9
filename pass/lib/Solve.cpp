//===- Solve.cpp - What every location may point to ----------------------===//
//
// A worklist solver in the style of inclusion-based points-to analysis.
//
// Assign flows are edges from the start. Load, Store and Copy flows become
// edges as the objects their pointer operand may point to are discovered:
// `Dst = *P` adds `contents(o) -> Dst` for every o in pts(P); `*P = V` adds
// `V -> contents(o)`; `*D = *S` adds `contents(s) -> contents(d)`.
//
// Two rules make {heap} and {result} more than plain locations:
//  * an object that reaches {heap} (or, if it is a local or heap object,
//    {result}) is *published*: its contents flow to {heap} (anything stored
//    in an escaping object escapes) and receive {unknown} (anyone may write
//    into it);
//  * an object whose pointer bytes are also read or written as integers
//    (a pointer "punned" through an integer, a union, a byte copy) is
//    published too, once the worklist is empty, and solving resumes.
//
// Every (location, object) pair remembers the step that created it, so any
// fact can be traced back to the allocation it started from.
//
//===----------------------------------------------------------------------===//

#include "escape/Solve.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>

using namespace llvm;

namespace escape {

namespace {

/// Byte ranges of an object touched by some kind of access.
class Ranges {
public:
  bool empty() const { return !All && Intervals.empty(); }
  bool all() const { return All; }
  void addAll() {
    All = true;
    Intervals.clear();
  }
  /// Adds [Lo, Hi). Returns true if the set grew.
  bool add(int64_t Lo, int64_t Hi) {
    if (All || Lo >= Hi)
      return false;
    for (auto &[L, H] : Intervals)
      if (L <= Lo && Hi <= H)
        return false;
    Intervals.push_back({Lo, Hi});
    // Beyond a handful of fields, treat the object as touched everywhere.
    if (Intervals.size() > 16)
      addAll();
    return true;
  }
  bool overlaps(const Ranges &O) const {
    if (empty() || O.empty())
      return false;
    if (All || O.All)
      return true;
    for (auto [L1, H1] : Intervals)
      for (auto [L2, H2] : O.Intervals)
        if (L1 < H2 && L2 < H1)
          return true;
    return false;
  }
  const SmallVectorImpl<std::pair<int64_t, int64_t>> &intervals() const {
    return Intervals;
  }

private:
  bool All = false;
  SmallVector<std::pair<int64_t, int64_t>, 4> Intervals;
};

} // namespace

class Solver {
public:
  Solver(EscapeGraph &G, Solution &S) : G(G), S(S) {}
  void run();

private:
  struct Edge {
    LocId To;
    FlowId Via;
    Offset Delta;
  };

  void addEdge(LocId From, LocId To, FlowId Via, Offset Delta);
  /// Adds \p Objs to \p To, recording \p From / \p Via as their origin.
  void insert(LocId To, const Solution::ObjectSet &Objs, LocId From,
              FlowId Via);
  void insertOne(LocId To, ObjId O, LocId From, FlowId Via);
  void meetOffset(LocId To, Offset Off);
  void push(LocId L) {
    if (!Queued[L]) {
      Queued[L] = true;
      Worklist.push_back(L);
    }
  }
  void process(LocId L);
  void resolvePointerFlows(LocId L, const Solution::ObjectSet &New);
  void publish(ObjId O, Reason Why);
  /// A flow the solver makes up, so that every edge has one to show.
  FlowId derivedFlow(FlowKind Kind, LocId Dst, LocId Src, Reason Why,
                     const llvm::Instruction *At = nullptr);
  bool findPunnedObjects();
  bool findComparedObjects();

  EscapeGraph &G;
  Solution &S;
  std::vector<SmallVector<Edge, 2>> Out;
  DenseSet<std::pair<LocId, LocId>> EdgeSet;
  std::vector<SmallVector<FlowId, 1>> LoadsFrom, StoresThrough, CopiesThrough;
  std::vector<Solution::ObjectSet> Done;
  std::vector<bool> Queued;
  std::deque<LocId> Worklist;
  DenseSet<ObjId> Published;
};

FlowId Solver::derivedFlow(FlowKind Kind, LocId Dst, LocId Src, Reason Why,
                           const Instruction *At) {
  Flow F{Kind, Dst, Src};
  F.Why = Why;
  F.At = At;
  return G.addFlow(F);
}

void Solver::addEdge(LocId From, LocId To, FlowId Via, Offset Delta) {
  if (From == To || !EdgeSet.insert({From, To}).second)
    return;
  Out[From].push_back({To, Via, Delta});
  // The edge is new: everything already at From crosses it now.
  if (!S.Pts[From].empty())
    insert(To, S.Pts[From], From, Via);
  if (!S.Offsets[From].isUnset())
    meetOffset(To, S.Offsets[From].plus(Delta));
}

void Solver::insertOne(LocId To, ObjId O, LocId From, FlowId Via) {
  if (S.Pts[To].test_and_set(O)) {
    S.Origin.try_emplace({To, O}, Step{From, To, Via});
    push(To);
  }
}

void Solver::insert(LocId To, const Solution::ObjectSet &Objs, LocId From,
                    FlowId Via) {
  for (ObjId O : Objs)
    insertOne(To, O, From, Via);
}

void Solver::meetOffset(LocId To, Offset Off) {
  Offset Met = S.Offsets[To].meet(Off);
  if (Met != S.Offsets[To]) {
    S.Offsets[To] = Met;
    push(To);
  }
}

void Solver::publish(ObjId O, Reason Why) {
  if (!Published.insert(O).second)
    return;
  LocId C = G.object(O).Contents;
  FlowId ToHeap = derivedFlow(FlowKind::Assign, EscapeGraph::HeapLoc, C, Why);
  addEdge(C, EscapeGraph::HeapLoc, ToHeap, Offset::known(0));
  FlowId Written = derivedFlow(FlowKind::AddressOf, C, C, Why);
  insertOne(C, EscapeGraph::UnknownObj, C, Written);
}

void Solver::resolvePointerFlows(LocId L, const Solution::ObjectSet &New) {
  // Flows are copied: publishing may grow the flow table.
  for (FlowId F : LoadsFrom[L]) {
    const Flow Fl = G.flow(F);
    for (ObjId O : New) {
      addEdge(G.object(O).Contents, Fl.Dst, F, Offset::known(0));
      if (std::optional<ObjId> Init = G.object(O).Initial)
        insertOne(Fl.Dst, *Init, Fl.Dst, F);
    }
  }
  for (FlowId F : StoresThrough[L]) {
    const Flow Fl = G.flow(F);
    for (ObjId O : New)
      addEdge(Fl.Src, G.object(O).Contents, F, Offset::known(0));
  }
  for (FlowId F : CopiesThrough[L]) {
    const Flow Fl = G.flow(F);
    // New objects on either side pair with everything on the other side.
    auto Pair = [&](ObjId D, ObjId Src) {
      addEdge(G.object(Src).Contents, G.object(D).Contents, F,
              Offset::known(0));
      if (std::optional<ObjId> Init = G.object(Src).Initial)
        insertOne(G.object(D).Contents, *Init, G.object(D).Contents, F);
    };
    if (Fl.Dst == L)
      for (ObjId D : New)
        for (ObjId Src : S.Pts[Fl.Src])
          Pair(D, Src);
    if (Fl.Src == L)
      for (ObjId Src : New)
        for (ObjId D : S.Pts[Fl.Dst])
          Pair(D, Src);
  }
}

void Solver::process(LocId L) {
  Solution::ObjectSet New = S.Pts[L];
  New.intersectWithComplement(Done[L]);
  Done[L] = S.Pts[L];
  Offset Off = S.Offsets[L];

  // Iterate by index: publishing may add edges to L itself.
  for (size_t I = 0; I < Out[L].size(); ++I) {
    Edge E = Out[L][I];
    if (!New.empty())
      insert(E.To, New, L, E.Via);
    if (!Off.isUnset())
      meetOffset(E.To, Off.plus(E.Delta));
  }
  if (New.empty())
    return;
  resolvePointerFlows(L, New);
  if (L == EscapeGraph::HeapLoc)
    for (ObjId O : New)
      publish(O, Reason::StoredInEscaping);
  if (L == EscapeGraph::ResultLoc)
    for (ObjId O : New) {
      ObjectKind K = G.object(O).Kind;
      if (K == ObjectKind::Local || K == ObjectKind::Heap)
        publish(O, Reason::Return);
    }
}

bool Solver::findPunnedObjects() {
  unsigned NumObjects = G.numObjects();
  std::vector<Ranges> PtrBytes(NumObjects), IntBytes(NumObjects);
  for (const Access &A : G.accesses()) {
    Offset Off = S.Offsets[A.Ptr];
    for (ObjId O : S.Pts[A.Ptr]) {
      Ranges &R = A.HoldsPointers ? PtrBytes[O] : IntBytes[O];
      if (Off.isKnown() && A.Size)
        R.add(Off.value(), Off.value() + int64_t(*A.Size));
      else
        R.addAll();
    }
  }
  // memcpy moves both kinds of bytes; carry the ranges over, shifted when
  // both offsets and the length are known, until nothing changes.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (FlowId F = 0, N = G.numFlows(); F < N; ++F) {
      const Flow &Fl = G.flow(F);
      if (Fl.Kind != FlowKind::Copy)
        continue;
      Offset DOff = S.Offsets[Fl.Dst], SOff = S.Offsets[Fl.Src];
      bool Exact = DOff.isKnown() && SOff.isKnown() && Fl.Len;
      for (ObjId D : S.Pts[Fl.Dst])
        for (ObjId Src : S.Pts[Fl.Src]) {
          // Pointers in memory others can see are published already; its
          // bytes say nothing about this function's pointers.
          if (G.object(Src).isExternal())
            continue;
          for (auto [From, To] : {std::make_pair(&PtrBytes, &PtrBytes),
                                  std::make_pair(&IntBytes, &IntBytes)}) {
            const Ranges &SrcR = (*From)[Src];
            Ranges &DstR = (*To)[D];
            if (SrcR.empty() || DstR.all())
              continue;
            if (!Exact || SrcR.all()) {
              DstR.addAll();
              Changed = true;
              continue;
            }
            int64_t Lo = SOff.value(), Hi = Lo + int64_t(*Fl.Len);
            int64_t Shift = DOff.value() - SOff.value();
            SmallVector<std::pair<int64_t, int64_t>, 4> Copied(
                SrcR.intervals().begin(), SrcR.intervals().end());
            for (auto [L, H] : Copied)
              Changed |=
                  DstR.add(std::max(L, Lo) + Shift, std::min(H, Hi) + Shift);
          }
        }
    }
  }
  bool Found = false;
  for (ObjId O = 0; O < NumObjects; ++O) {
    if (G.object(O).isExternal() || S.Punned.count(O) ||
        !PtrBytes[O].overlaps(IntBytes[O]))
      continue;
    S.Punned.insert(O);
    publish(O, Reason::PointerReadAsInteger);
    Found = true;
  }
  return Found;
}

bool Solver::findComparedObjects() {
  bool Found = false;
  for (const Compare &C : G.compares()) {
    const Solution::ObjectSet &L = S.Pts[C.L], &R = S.Pts[C.R];
    if (L.empty() || R.empty())
      continue;
    // Within one object the order says nothing about the address.
    Solution::ObjectSet Both = L;
    Both |= R;
    if (Both.count() < 2)
      continue;
    for (LocId Side : {C.L, C.R})
      if (!EdgeSet.count({Side, EscapeGraph::HeapLoc})) {
        FlowId F = derivedFlow(FlowKind::Assign, EscapeGraph::HeapLoc, Side,
                               Reason::PointerCompare, C.At);
        addEdge(Side, EscapeGraph::HeapLoc, F, Offset::known(0));
        Found = true;
      }
  }
  return Found;
}

void Solver::run() {
  unsigned NumLocs = G.numLocations();
  S.Pts.resize(NumLocs);
  S.Offsets.assign(NumLocs, Offset::unset());
  Out.resize(NumLocs);
  LoadsFrom.resize(NumLocs);
  StoresThrough.resize(NumLocs);
  CopiesThrough.resize(NumLocs);
  Done.resize(NumLocs);
  Queued.assign(NumLocs, false);

  // Flows added while solving (derived flows) never need indexing here.
  for (FlowId F = 0, N = G.numFlows(); F < N; ++F) {
    const Flow &Fl = G.flow(F);
    switch (Fl.Kind) {
    case FlowKind::AddressOf:
      insertOne(Fl.Dst, Fl.Obj, Fl.Dst, F);
      meetOffset(Fl.Dst, Offset::known(0));
      break;
    case FlowKind::Assign:
      addEdge(Fl.Src, Fl.Dst, F, Fl.Delta);
      break;
    case FlowKind::Load:
      LoadsFrom[Fl.Src].push_back(F);
      break;
    case FlowKind::Store:
      StoresThrough[Fl.Dst].push_back(F);
      break;
    case FlowKind::Copy:
      CopiesThrough[Fl.Dst].push_back(F);
      if (Fl.Src != Fl.Dst)
        CopiesThrough[Fl.Src].push_back(F);
      break;
    }
  }

  do {
    while (!Worklist.empty()) {
      LocId L = Worklist.front();
      Worklist.pop_front();
      Queued[L] = false;
      process(L);
    }
  } while (findPunnedObjects() | findComparedObjects());
}

std::vector<Step> Solution::pathTo(ObjId O, LocId L) const {
  std::vector<Step> Path;
  DenseSet<LocId> Seen;
  for (LocId Cur = L; Seen.insert(Cur).second;) {
    auto It = Origin.find({Cur, O});
    if (It == Origin.end())
      return {};
    Path.push_back(It->second);
    if (It->second.From == Cur)
      break;
    Cur = It->second.From;
  }
  std::reverse(Path.begin(), Path.end());
  return Path;
}

Solution::ObjectSet Solution::closure(const ObjectSet &Roots,
                                      const EscapeGraph &G) const {
  ObjectSet Result = Roots;
  SmallVector<ObjId, 8> Work;
  for (ObjId O : Roots)
    Work.push_back(O);
  while (!Work.empty()) {
    const Object &Obj = G.object(Work.pop_back_val());
    auto Visit = [&](ObjId Next) {
      if (Result.test_and_set(Next))
        Work.push_back(Next);
    };
    for (ObjId Next : Pts[Obj.Contents])
      Visit(Next);
    if (Obj.Initial)
      Visit(*Obj.Initial);
  }
  return Result;
}

Solution solve(EscapeGraph &G) {
  Solution S;
  Solver(G, S).run();
  return S;
}

} // namespace escape
