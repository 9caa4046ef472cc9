//===- EscapeGraph.h - Locations, objects and flows -------------*- C++ -*-===//
//
/// \file
/// The escape graph of one function, after Go's (cmd/compile/internal/escape)
/// but over SSA values and memory.
///
/// An *object* is memory whose address the function handles: an `alloca`, a
/// heap allocation site, what a pointer parameter points to (and, one level
/// further, what pointers loaded from it point to), and `{unknown}`, which
/// stands for globals and all memory the function cannot see.
///
/// A *location* holds pointers: an SSA value, the contents of an object (what
/// was stored into it), or one of three sinks: `{heap}` (outlives the
/// function: globals, unknown callees, escaping containers), `{result}` (the
/// return value) and `{freed}` (operands of `free` and of callees that free).
///
/// A *flow* moves pointers into a location. In Go's notation, with derefs:
///
///   AddressOf   Dst = &Obj           derefs -1
///   Assign      Dst = Src (+offset)  derefs  0   GEP, cast, phi, select, ...
///   Load        Dst = *Src           derefs  1
///   Store       *Dst = Src           resolved through what Dst points to
///   Copy        *Dst = *Src          memcpy/memmove, through both sides
///
/// Go resolves `*p = v` by sending v to the heap. C at -O0 keeps every local
/// in memory, and C structs hold pointers, so Store and Copy are resolved
/// against the objects the pointer operand may point to (see Solve.cpp). A
/// pointer stored into a non-escaping object therefore does not escape by that
/// store; it escapes when the container does, or when it is loaded back and
/// escapes.
//
//===----------------------------------------------------------------------===//

#ifndef ESCAPE_ESCAPEGRAPH_H
#define ESCAPE_ESCAPEGRAPH_H

#include "escape/Reason.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <vector>

namespace llvm {
class Instruction;
class Value;
} // namespace llvm

namespace escape {

using LocId = unsigned;
using ObjId = unsigned;
using FlowId = unsigned;

/// A byte offset into an object, or "unknown". Offsets let the solver tell a
/// pointer field from an integer field of the same object (Solve.cpp uses
/// them to find pointers read back as integers).
class Offset {
public:
  static Offset unset() { return Offset(State::Unset, 0); }
  static Offset known(int64_t V) { return Offset(State::Known, V); }
  static Offset unknown() { return Offset(State::Unknown, 0); }

  bool isUnset() const { return S == State::Unset; }
  bool isKnown() const { return S == State::Known; }
  bool isUnknown() const { return S == State::Unknown; }
  int64_t value() const { return V; }

  /// The lattice meet: unset < known(v) < unknown.
  Offset meet(Offset O) const;
  /// This offset moved by \p Delta.
  Offset plus(Offset Delta) const;

  bool operator==(const Offset &O) const { return S == O.S && V == O.V; }
  bool operator!=(const Offset &O) const { return !(*this == O); }

private:
  enum class State : uint8_t { Unset, Known, Unknown };
  Offset(State S, int64_t V) : S(S), V(V) {}
  State S;
  int64_t V;
};

/// What kind of memory an object is.
enum class ObjectKind : uint8_t {
  Unknown,      ///< Globals and all memory outside the function's view.
  Local,        ///< An `alloca`.
  Heap,         ///< A heap allocation site (malloc, calloc, strdup, ...).
  Param,        ///< What pointer parameter #ArgNo points to.
  ParamContent, ///< What pointers loaded from parameter #ArgNo point to.
};

/// Memory whose address the function handles.
struct Object {
  ObjectKind Kind;
  /// The alloca, the allocation call or the Argument; null for {unknown}.
  const llvm::Value *Def = nullptr;
  unsigned ArgNo = 0;
  /// Loop nesting depth of the defining instruction (0 outside loops).
  unsigned LoopDepth = 0;
  /// The location holding what the function stores into the object.
  LocId Contents = 0;
  /// An object that loads from this object may yield without any store in
  /// this function: the caller's data behind a parameter.
  std::optional<ObjId> Initial;

  /// Memory the caller (or anyone else) can see on entry: a store into it
  /// publishes the stored pointer.
  bool isExternal() const {
    return Kind == ObjectKind::Unknown || Kind == ObjectKind::Param ||
           Kind == ObjectKind::ParamContent;
  }
};

/// What a location holds.
enum class LocKind : uint8_t {
  Heap,     ///< Sink: outlives the function.
  Result,   ///< Sink: the function's return value.
  Freed,    ///< Sink: passed to free or to a callee that frees.
  Value,    ///< An SSA value (or a constant standing for {unknown}).
  Contents, ///< What is stored in an object.
  Temp,     ///< A value the builder made up, e.g. "what a callee reads".
};

/// A place that holds pointers.
struct Location {
  LocKind Kind;
  /// The SSA value, for Value locations.
  const llvm::Value *V = nullptr;
  /// The object, for Contents locations.
  ObjId Owner = 0;
};

/// How a flow moves pointers; see the file comment.
enum class FlowKind : uint8_t { AddressOf, Assign, Load, Store, Copy };

/// One edge of the graph, with where it comes from in the IR and why.
struct Flow {
  Flow(FlowKind Kind, LocId Dst, LocId Src = 0)
      : Kind(Kind), Dst(Dst), Src(Src) {}

  FlowKind Kind;
  LocId Dst;
  /// The source location (AddressOf flows have none and use Obj).
  LocId Src = 0;
  ObjId Obj = 0;
  /// Offset added by an Assign (a GEP's constant offset).
  Offset Delta = Offset::known(0);
  /// Bytes copied by a Copy flow, if known.
  std::optional<uint64_t> Len;
  Reason Why = Reason::Assign;
  const llvm::Instruction *At = nullptr;
};

/// A load or store through a pointer: what the solver needs to find objects
/// whose pointer fields are read (or written) as integers.
struct Access {
  LocId Ptr;
  std::optional<uint64_t> Size;
  bool HoldsPointers;
  const llvm::Instruction *At;
};

/// An ordered comparison of two pointers (`p < q`). Comparing addresses of
/// different objects (or an integer made into a pointer) reveals their bits,
/// as a ptrtoint would: a program can find an address by bisection.
struct Compare {
  LocId L, R;
  const llvm::Instruction *At;
};

/// The escape graph of one function. Built by GraphBuilder, solved by Solver.
class EscapeGraph {
public:
  static constexpr LocId HeapLoc = 0;
  static constexpr LocId ResultLoc = 1;
  static constexpr LocId FreedLoc = 2;
  static constexpr ObjId UnknownObj = 0;

  EscapeGraph();

  /// Adds an object (and the location of its contents).
  ObjId addObject(ObjectKind Kind, const llvm::Value *Def, unsigned ArgNo = 0,
                  unsigned LoopDepth = 0);
  /// Adds a location that is not an SSA value's (see valueLocation).
  LocId addTemp();
  /// The location of SSA value \p V, created on first use.
  LocId valueLocation(const llvm::Value *V);
  /// The location of \p V if it has one.
  std::optional<LocId> findValueLocation(const llvm::Value *V) const;
  /// The object defined by \p Def (an alloca, allocation call or Argument).
  std::optional<ObjId> findObject(const llvm::Value *Def) const;

  FlowId addFlow(const Flow &F);
  void addAccess(const Access &A) { Accesses.push_back(A); }
  void addCompare(const Compare &C) { Compares.push_back(C); }

  const Object &object(ObjId O) const { return Objects[O]; }
  Object &object(ObjId O) { return Objects[O]; }
  const Location &location(LocId L) const { return Locations[L]; }
  const Flow &flow(FlowId F) const { return Flows[F]; }
  unsigned numObjects() const { return Objects.size(); }
  unsigned numLocations() const { return Locations.size(); }
  unsigned numFlows() const { return Flows.size(); }
  const std::vector<Access> &accesses() const { return Accesses; }
  const std::vector<Compare> &compares() const { return Compares; }

  /// A short name for \p L: `{heap}`, `%x`, `*%p`, ...
  std::string locationName(LocId L) const;
  /// A short name for \p O: `%buf`, `{unknown}`, `*%p`, `**%p`.
  std::string objectName(ObjId O) const;

private:
  std::vector<Object> Objects;
  std::vector<Location> Locations;
  std::vector<Flow> Flows;
  std::vector<Access> Accesses;
  std::vector<Compare> Compares;
  llvm::DenseMap<const llvm::Value *, LocId> ValueLocs;
  llvm::DenseMap<const llvm::Value *, ObjId> DefObjects;
};

/// The IR name of \p V as `printAsOperand` writes it, without the type.
std::string valueName(const llvm::Value *V);

} // namespace escape

#endif // ESCAPE_ESCAPEGRAPH_H
