//===- Printer.cpp - print<escape> ----------------------------------------===//
//
// The analysis in text, for tests and for people. One line per object or
// parameter, in IR order:
//
//   escape facts for 'f':
//     heap %buf (malloc): does not escape, freed
//     heap %keep (malloc): escapes to heap (assign to global)
//       &%keep -> %keep (address-of)
//       %keep -> {heap} (assign to global)
//     local %x [loop depth 1]: does not escape
//     param %p: leaks content (store through pointer), to result level=0
//
// Escaping objects are followed by the flow path that explains them.
//
//===----------------------------------------------------------------------===//

#include "escape/EscapeAnalysis.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Argument.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace escape {

namespace {

void printPath(const EscapeInfo &Info, ObjId O, raw_ostream &OS) {
  const EscapeGraph &G = Info.graph();
  for (const Step &S : Info.explain(O)) {
    const Flow &F = G.flow(S.Via);
    OS << "      ";
    if (S.From == S.To)
      OS << "&" << G.objectName(O) << " -> " << G.locationName(S.To);
    else
      OS << G.locationName(S.From) << " -> " << G.locationName(S.To);
    OS << " (" << reasonText(F.Why) << ")\n";
  }
}

void printObject(const EscapeInfo &Info, ObjId O, raw_ostream &OS) {
  const Object &Obj = Info.graph().object(O);
  const ObjectFate &Fate = Info.fate(O);
  OS << "    " << (Obj.Kind == ObjectKind::Heap ? "heap " : "local ")
     << valueName(Obj.Def);
  if (Obj.Kind == ObjectKind::Heap)
    if (const Function *Callee = cast<CallBase>(Obj.Def)->getCalledFunction())
      OS << " (" << Callee->getName() << ")";
  if (Obj.LoopDepth)
    OS << " [loop depth " << Obj.LoopDepth << "]";
  OS << ": ";
  if (Fate.Escapes)
    OS << "escapes to heap (" << reasonText(Fate.Why) << ")";
  else if (Fate.Returned)
    OS << "returned";
  else if (Fate.FreedByCallee)
    OS << "freed by callee (" << reasonText(Fate.Why) << ")";
  else
    OS << "does not escape";
  if (Fate.Freed)
    OS << ", freed";
  if (Info.solution().isPunned(O))
    OS << ", punned";
  OS << "\n";
  if (Fate.outlivesFunction())
    printPath(Info, O, OS);
}

void printParam(const EscapeInfo &Info, const Argument &A, raw_ostream &OS) {
  ParamFacts Facts = Info.paramFacts(A);
  OS << "    param " << valueName(&A) << ": ";
  if (Facts.doesNotEscape()) {
    OS << "does not escape\n";
    return;
  }
  ListSeparator LS;
  if (Facts.Leaks)
    OS << LS << "leaks (" << reasonText(Facts.Why) << ")";
  else if (Facts.ContentLeaks)
    OS << LS << "leaks content (" << reasonText(Facts.Why) << ")";
  if (Facts.ResultLevel)
    OS << LS << "to result level=" << *Facts.ResultLevel;
  if (Facts.Freed)
    OS << LS << "freed";
  OS << "\n";
}

} // namespace

void printEscapeInfo(const EscapeInfo &Info, raw_ostream &OS) {
  const Function &F = Info.function();
  OS << "escape facts for '" << F.getName() << "':\n";
  for (const Argument &A : F.args())
    if (A.getType()->isPointerTy())
      printParam(Info, A, OS);
  const EscapeGraph &G = Info.graph();
  for (ObjId O = 0; O < G.numObjects(); ++O) {
    ObjectKind K = G.object(O).Kind;
    if (K == ObjectKind::Local || K == ObjectKind::Heap)
      printObject(Info, O, OS);
  }
}

PreservedAnalyses EscapePrinterPass::run(Function &F,
                                         FunctionAnalysisManager &FAM) {
  if (!F.isDeclaration())
    printEscapeInfo(FAM.getResult<EscapeAnalysis>(F), OS);
  return PreservedAnalyses::all();
}

} // namespace escape
