//===- Graph.cpp - Locations, objects and flows ---------------------------===//
//
// The containers of the escape graph and their printable names. See
// EscapeGraph.h for the model.
//
//===----------------------------------------------------------------------===//

#include "escape/EscapeGraph.h"
#include "llvm/IR/Argument.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/Value.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace escape {

StringRef reasonText(Reason R) {
  switch (R) {
  case Reason::AddressOf:
    return "address-of";
  case Reason::Assign:
    return "assign";
  case Reason::Load:
    return "load";
  case Reason::Store:
    return "store";
  case Reason::AssignToGlobal:
    return "assign to global";
  case Reason::StoreThroughPointer:
    return "store through pointer";
  case Reason::StoredInEscaping:
    return "stored in escaping object";
  case Reason::CallParameter:
    return "call parameter";
  case Reason::UnknownCallee:
    return "unknown callee";
  case Reason::IndirectCall:
    return "indirect call";
  case Reason::InlineAsm:
    return "inline asm";
  case Reason::CallResult:
    return "call result";
  case Reason::Return:
    return "return";
  case Reason::MemcpyOfPointer:
    return "memcpy of pointer";
  case Reason::PtrToInt:
    return "ptrtoint";
  case Reason::PointerCompare:
    return "pointer comparison";
  case Reason::AddressFormatted:
    return "address formatted with %p";
  case Reason::UnknownFormat:
    return "non-constant format";
  case Reason::PointerReadAsInteger:
    return "pointer read as integer";
  case Reason::ThreadStart:
    return "thread start";
  case Reason::Free:
    return "free";
  case Reason::FreedByCallee:
    return "freed by callee";
  case Reason::Realloc:
    return "realloc";
  case Reason::AtomicOrVolatile:
    return "atomic or volatile access";
  case Reason::UnknownInstruction:
    return "unmodelled instruction";
  }
  llvm_unreachable("unknown reason");
}

Offset Offset::meet(Offset O) const {
  if (isUnset())
    return O;
  if (O.isUnset() || *this == O)
    return *this;
  return unknown();
}

Offset Offset::plus(Offset Delta) const {
  if (isUnset())
    return *this;
  if (isUnknown() || Delta.isUnknown() || Delta.isUnset())
    return unknown();
  return known(V + Delta.V);
}

EscapeGraph::EscapeGraph() {
  Locations.push_back({LocKind::Heap});
  Locations.push_back({LocKind::Result});
  Locations.push_back({LocKind::Freed});
  ObjId U = addObject(ObjectKind::Unknown, nullptr);
  (void)U;
  assert(U == UnknownObj && "{unknown} must be object 0");
}

ObjId EscapeGraph::addObject(ObjectKind Kind, const Value *Def, unsigned ArgNo,
                             unsigned LoopDepth) {
  ObjId Id = Objects.size();
  Object O;
  O.Kind = Kind;
  O.Def = Def;
  O.ArgNo = ArgNo;
  O.LoopDepth = LoopDepth;
  O.Contents = Locations.size();
  Locations.push_back({LocKind::Contents, nullptr, Id});
  Objects.push_back(O);
  // A parameter's pointee has one object per parameter; the Argument maps to
  // that one, not to its content object.
  if (Def && Kind != ObjectKind::ParamContent)
    DefObjects.try_emplace(Def, Id);
  return Id;
}

LocId EscapeGraph::addTemp() {
  Locations.push_back({LocKind::Temp});
  return Locations.size() - 1;
}

LocId EscapeGraph::valueLocation(const Value *V) {
  auto [It, Inserted] = ValueLocs.try_emplace(V, Locations.size());
  if (Inserted)
    Locations.push_back({LocKind::Value, V});
  return It->second;
}

std::optional<LocId> EscapeGraph::findValueLocation(const Value *V) const {
  auto It = ValueLocs.find(V);
  if (It == ValueLocs.end())
    return std::nullopt;
  return It->second;
}

std::optional<ObjId> EscapeGraph::findObject(const Value *Def) const {
  auto It = DefObjects.find(Def);
  if (It == DefObjects.end())
    return std::nullopt;
  return It->second;
}

FlowId EscapeGraph::addFlow(const Flow &F) {
  Flows.push_back(F);
  return Flows.size() - 1;
}

std::string valueName(const Value *V) {
  if (!V)
    return "<null>";
  std::string S;
  raw_string_ostream OS(S);
  V->printAsOperand(OS, /*PrintType=*/false);
  return S;
}

std::string EscapeGraph::objectName(ObjId Id) const {
  const Object &O = Objects[Id];
  switch (O.Kind) {
  case ObjectKind::Unknown:
    return "{unknown}";
  case ObjectKind::Local:
  case ObjectKind::Heap:
    return valueName(O.Def);
  case ObjectKind::Param:
    return "*" + valueName(O.Def);
  case ObjectKind::ParamContent:
    return "**" + valueName(O.Def);
  }
  llvm_unreachable("unknown object kind");
}

std::string EscapeGraph::locationName(LocId Id) const {
  const Location &L = Locations[Id];
  switch (L.Kind) {
  case LocKind::Heap:
    return "{heap}";
  case LocKind::Result:
    return "{result}";
  case LocKind::Freed:
    return "{freed}";
  case LocKind::Value:
    return valueName(L.V);
  case LocKind::Contents:
    return "*" + objectName(L.Owner);
  case LocKind::Temp:
    return "{temp" + std::to_string(Id) + "}";
  }
  llvm_unreachable("unknown location kind");
}

} // namespace escape
