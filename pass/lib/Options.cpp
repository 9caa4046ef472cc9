//===- Options.cpp - Escape's command-line options ------------------------===//
//
// Every option lives in the "Escape options" category, so
// `opt -load-pass-plugin=libEscape.so --help` lists them together.
//
//===----------------------------------------------------------------------===//

#include "escape/Options.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

namespace escape {

namespace {

cl::OptionCategory Category("Escape options",
                            "Heap-to-stack promotion (libEscape.so)");

cl::opt<uint64_t> MaxObjectSizeOpt(
    "escape-max-object-size", cl::init(EscapeOptions().MaxObjectSize),
    cl::desc("Largest allocation, in bytes, moved to the stack"),
    cl::cat(Category));

cl::opt<uint64_t> MaxFrameSizeOpt(
    "escape-max-frame-size", cl::init(EscapeOptions().MaxFrameSize),
    cl::desc("Most bytes of promoted allocations added to one stack frame"),
    cl::cat(Category));

cl::opt<uint64_t> MaxChainSizeOpt(
    "escape-max-chain-size", cl::init(EscapeOptions().MaxChainSize),
    cl::desc("Most bytes of promoted allocations along any chain of direct "
             "calls (the frames of a call chain share one stack)"),
    cl::cat(Category));

cl::opt<uint64_t> MaxCallbackChainSizeOpt(
    "escape-max-callback-chain-size",
    cl::init(EscapeOptions().MaxCallbackChainSize),
    cl::desc("Most bytes of promoted allocations along a chain of direct "
             "calls that starts at a function whose address is taken (a "
             "thread start routine or signal handler may have a small stack)"),
    cl::cat(Category));

cl::opt<bool>
    PromoteOpt("escape-promote", cl::init(EscapeOptions().Promote),
               cl::desc("Move non-escaping allocations to the stack (false: "
                        "analyse and report only)"),
               cl::cat(Category));

cl::opt<bool> PromoteSanitizedOpt(
    "escape-promote-sanitized", cl::init(EscapeOptions().PromoteSanitized),
    cl::desc("Also promote in functions built with -fsanitize=address, "
             "memory, thread or hwaddress (heap bugs then show as stack "
             "bugs or not at all)"),
    cl::cat(Category));

cl::opt<bool> ExplainOpt(
    "escape-explain", cl::init(EscapeOptions().Explain),
    cl::desc("Follow each escape remark with the flow that explains it "
             "(Go's -m=2)"),
    cl::cat(Category));

cl::opt<bool> CleanupOpt(
    "escape-cleanup", cl::init(EscapeOptions().Cleanup),
    cl::desc("In the clang pipeline, run SROA, EarlyCSE, InstCombine, "
             "MemCpyOpt, DSE and SimplifyCFG on functions that gained stack "
             "objects"),
    cl::cat(Category));

/// One -escape-allocator value: `NAME:KIND`.
struct AllocatorSpec {
  std::string Name;
  AllocFn Kind = AllocFn::Malloc;
};

/// Parses `NAME:KIND`, rejecting unknown kinds with a message that lists the
/// known ones.
class AllocatorSpecParser : public cl::basic_parser<AllocatorSpec> {
public:
  using basic_parser::basic_parser;
  bool parse(cl::Option &O, StringRef, StringRef Arg, AllocatorSpec &Spec) {
    auto [Name, Kind] = Arg.split(':');
    std::optional<AllocFn> Fn = parseAllocFn(Kind);
    if (Name.empty() || !Fn)
      return O.error("'" + Arg +
                     "' is not NAME:KIND with KIND one of malloc, calloc, "
                     "aligned_alloc, strdup, strndup");
    Spec.Name = Name.str();
    Spec.Kind = *Fn;
    return false;
  }
  StringRef getValueName() const override { return "name:kind"; }
};

cl::list<AllocatorSpec, bool, AllocatorSpecParser> AllocatorsOpt(
    "escape-allocator", cl::CommaSeparated,
    cl::desc("Treat calls to NAME as calls to KIND (malloc, calloc, "
             "aligned_alloc, strdup, strndup) that never return NULL and do "
             "nothing else, e.g. xmalloc:malloc; comma-separated or repeated"),
    cl::cat(Category));

/// One -escape-deallocator value: a function name, not empty.
class DeallocatorNameParser : public cl::basic_parser<std::string> {
public:
  using basic_parser::basic_parser;
  bool parse(cl::Option &O, StringRef, StringRef Arg, std::string &Name) {
    if (Arg.empty())
      return O.error("wants a function name, e.g. xfree");
    Name = Arg.str();
    return false;
  }
  StringRef getValueName() const override { return "name"; }
};

cl::list<std::string, bool, DeallocatorNameParser>
    DeallocatorsOpt("escape-deallocator", cl::CommaSeparated,
                    cl::desc("Treat calls to NAME(p) as free(p), e.g. xfree; "
                             "comma-separated or repeated"),
                    cl::cat(Category));

} // namespace

EscapeOptions EscapeOptions::fromCommandLine() {
  EscapeOptions O;
  O.MaxObjectSize = MaxObjectSizeOpt;
  O.MaxFrameSize = MaxFrameSizeOpt;
  O.MaxChainSize = MaxChainSizeOpt;
  O.MaxCallbackChainSize = MaxCallbackChainSizeOpt;
  O.Promote = PromoteOpt;
  O.PromoteSanitized = PromoteSanitizedOpt;
  O.Explain = ExplainOpt;
  O.Cleanup = CleanupOpt;
  for (const AllocatorSpec &Spec : AllocatorsOpt)
    O.Allocators.addAllocator(Spec.Name, Spec.Kind);
  for (const std::string &Name : DeallocatorsOpt)
    O.Allocators.addDeallocator(Name);
  return O;
}

} // namespace escape
