#!/usr/bin/env python3
"""analyze.py: the data side of scripts/realworld.

  analyze.py --list                         the programs and why they were chosen
  analyze.py --make-data DATADIR SRCDIR     generate the workloads' inputs
  analyze.py --report RWDIR BENCHDIR [PROG...]
      join Escape's remarks (-fsave-optimization-record YAML of the escape
      build) with the allocation counts of alloccount.so (symbolised with
      llvm-symbolizer), read test results, callgrind totals and compile
      times, and write bench/RESULTS.md (between the realworld markers),
      bench/realworld.png and realworld/results/summary.json.

Static sites are counted by unique source position (file:line:col): a
function inlined into several callers yields one remark per copy, and one
site may be promoted in some copies and not in others.
"""
import collections
import glob
import json
import os
import random
import re
import statistics
import subprocess
import sys

LLVM = os.environ.get("ESCAPE_LLVM", "22")
SYMBOLIZER = f"/usr/lib/llvm-{LLVM}/bin/llvm-symbolizer"
CONFIGS = ["plain", "attributor", "escape"]
CONFIG_LABEL = {
    "plain": "clang-22 -O2",
    "attributor": "-O2 -attributor-enable=cgscc",
    "escape": "-O2 + Escape",
}

# Program: (Debian source package, why it was chosen, executables whose
# allocations count, the representative workload).
PROGRAMS = collections.OrderedDict([
    ("zlib", dict(
        bins=["minigzip", "example", "minigzipsh", "examplesh"],
        why="The most used C library there is; allocates through a "
            "function-pointer allocator (`zcalloc` behind `strm->zalloc`) "
            "in a separate file, so it shows what Escape must leave alone; "
            "plain configure/make; `make test` runs its example and "
            "minigzip round trips, static and shared.",
        work="`minigzip -9 < corpus.txt` (4 MiB of generated text)")),
    ("bzip2", dict(
        bins=["bzip2", "bzip2recover"],
        why="Small, plain Makefile, allocates its large work areas through "
            "`BZALLOC` (a function pointer) and a few buffers with `malloc` "
            "directly in bzip2.c; `make test` compresses and decompresses "
            "the reference files at three block sizes and compares them; "
            "scripts/realworld adds a bzip2recover round trip, since the "
            "one site Escape promotes is in bzip2recover.",
        work="`bzip2 -9 -c corpus.txt`")),
    ("mawk", dict(
        bins=["mawk"],
        why="An interpreter built with configure/make that allocates "
            "through a thin wrapper (`zmalloc`, `zrealloc`) over its own "
            "pools and calls `malloc` directly for strings and regular "
            "expression machinery; `make check` runs its reference scripts "
            "(word counts, regexes, decompiling, FPE tests).",
        work="`mawk -f words.awk corpus.txt` (word frequencies)")),
    ("jq", dict(
        bins=["jq"],
        why="Allocation-heavy C (every JSON value is refcounted heap "
            "memory) behind a thin wrapper (`jv_mem_alloc` in jv_alloc.c), "
            "with many short-lived buffers (string building, path "
            "arrays, the bytecode interpreter's frames); `make check` runs "
            "its jq.test programs and shell tests, under valgrind's memcheck "
            "as Debian's build does.",
        work="`jq -f work.jq data.json` (filter, group, sort 30,000 records)")),
    ("gawk", dict(
        bins=["gawk"],
        why="A large, mature interpreter (about 60k lines) with `emalloc`/"
            "`erealloc` macros over `malloc`, many temporary buffers in "
            "builtins, regex compilation and I/O; built with `--disable-pma` "
            "(with the persistent memory allocator every allocation is a "
            "call of `pma_malloc` in support/pma.c, invisible to Escape); "
            "`make check` runs its ~580 basic, Unix, extension and locale "
            "tests.",
        work="`gawk -f words.awk corpus.txt` (word frequencies)")),
    ("sed", dict(
        bins=["sed"],
        why="GNU sed with gnulib's `xmalloc` wrappers, built with the "
            "included glibc regex (`--with-included-regex`) so regcomp/"
            "regexec, which allocate short-lived state per match, go "
            "through Escape too; `make check` runs its 68 test scripts (each "
            "many sed invocations) and gnulib's unit tests.",
        work="`sed -E -f work.sed corpus.txt` (back-references, classes, "
             "hold space)")),
])


# ------------------------------------------------------------------ data --

def make_data(datadir, srcdir):
    """Deterministic inputs: a text corpus and a JSON array of records."""
    rng = random.Random(20250520)
    syll = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "en", "ar", "is",
            "ul", "ve", "do", "ch", "st", "or", "an", "ex", "qu"]
    vocab = sorted({"".join(rng.choice(syll) for _ in range(rng.randint(1, 4)))
                    for _ in range(6000)})
    kw = ["int", "char", "long", "unsigned", "return", "if", "while"]
    lines = []
    size = 0
    while size < 4 * 1024 * 1024:
        r = rng.random()
        if r < 0.05:
            line = "#%s %s %d" % (rng.choice(["define", "include", "if"]),
                                  rng.choice(vocab), rng.randint(0, 999))
        elif r < 0.1:
            line = ""
        else:
            words = []
            for _ in range(rng.randint(3, 14)):
                w = rng.choice(vocab)
                x = rng.random()
                if x < 0.08:
                    w = rng.choice(kw)
                elif x < 0.15:
                    w = "%s(%s)" % (w, rng.choice(vocab))
                elif x < 0.2:
                    w = str(rng.randint(0, 100000))
                elif x < 0.25:
                    w = w.capitalize() + rng.choice([",", ".", ";"])
                words.append(w)
            line = ("  " if rng.random() < 0.3 else "") + " ".join(words)
        lines.append(line)
        size += len(line) + 1
    with open(os.path.join(datadir, "corpus.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    domains = ["example.org", "mail.test", "corp.invalid", "uni.edu", "isp.net"]
    recs = []
    for i in range(30000):
        name = rng.choice(vocab)
        recs.append({
            "id": i, "name": name,
            "email": "%s@%s" % (name, rng.choice(domains)),
            "active": rng.random() < 0.7,
            "score": round(rng.random() * 100, 2),
            "tags": sorted({rng.choice(vocab[:200]) for _ in range(rng.randint(0, 5))}),
            "meta": {"created": 1600000000 + rng.randint(0, 10**8),
                     "ratio": rng.random()},
        })
    with open(os.path.join(datadir, "data.json"), "w") as f:
        json.dump(recs, f, indent=1)


# --------------------------------------------------------------- remarks --

DOC_RE = re.compile(r"^--- !(\w+)\n", re.M)
FIELD_RE = {
    "Name": re.compile(r"^Name:\s+(\S+)", re.M),
    "Loc": re.compile(r"^DebugLoc:\s+\{ File: '?(.*?)'?, Line: (\d+), Column: (\d+) \}", re.M),
    "Function": re.compile(r"^Function:\s+(.*)$", re.M),
    "Callee": re.compile(r"^  - Callee:\s+(.*)$", re.M),
    "Reason": re.compile(r"^  - Reason:\s+(.*)$", re.M),
}
DECISIONS = ("DoesNotEscape", "StaysOnHeap", "EscapesToHeap")


def unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        s = s[1:-1]
    return s


def read_remarks(builddir):
    """Allocation decisions of the escape build: a list of dicts."""
    out = []
    for path in sorted(glob.glob(os.path.join(builddir, "**", "*.opt.yaml"),
                                 recursive=True)):
        rel = os.path.relpath(path, builddir)
        if "conftest" in rel or "gnulib-tests" in rel:
            continue
        text = open(path, errors="replace").read()
        starts = [m.start() for m in DOC_RE.finditer(text)] + [len(text)]
        for a, b in zip(starts, starts[1:]):
            doc = text[a:b]
            m = FIELD_RE["Name"].search(doc)
            if not m or m.group(1) not in DECISIONS:
                continue
            loc = FIELD_RE["Loc"].search(doc)
            if not loc:
                continue
            reason = FIELD_RE["Reason"].search(doc)
            callee = FIELD_RE["Callee"].search(doc)
            fn = FIELD_RE["Function"].search(doc)
            name = m.group(1)
            r = unquote(reason.group(1)) if reason else ""
            # StaysOnHeap's Reason carries details (sizes) in other args.
            out.append(dict(
                decision=name,
                reason=r if name != "DoesNotEscape" else "",
                file=loc.group(1), line=int(loc.group(2)), col=int(loc.group(3)),
                callee=unquote(callee.group(1)) if callee else "?",
                function=unquote(fn.group(1)) if fn else "?",
                yaml=rel))
    return out


def site_key(f, line, col):
    return (os.path.basename(f), line, col)


class Sites:
    """Remarks grouped by source position."""
    RANK = {"DoesNotEscape": 0, "StaysOnHeap": 1, "EscapesToHeap": 2}

    def __init__(self, remarks):
        self.by_key = collections.defaultdict(list)
        self.by_line = collections.defaultdict(list)
        self.by_copy = collections.defaultdict(list)
        for r in remarks:
            k = site_key(r["file"], r["line"], r["col"])
            self.by_key[k].append(r)
            self.by_copy[k + (r["function"],)].append(r)
        for k, rs in self.by_key.items():
            self.by_line[k[:2]].extend(rs)

    def classify(self, rs):
        """A site's decision: promoted if any copy was promoted."""
        return min(rs, key=lambda r: self.RANK[r["decision"]])["decision"]

    def blocking(self, rs):
        """(decision, reason) of the copies that stayed on the heap: what
        the dynamic calls of this site are attributed to."""
        left = [r for r in rs if r["decision"] != "DoesNotEscape"]
        if not left:
            return ("DoesNotEscape", "promoted (copy not promoted elsewhere?)")
        c = collections.Counter((r["decision"], r["reason"]) for r in left)
        return c.most_common(1)[0][0]

    def static_counts(self):
        counts = collections.Counter()
        reasons = collections.Counter()
        for k, rs in self.by_key.items():
            d = self.classify(rs)
            counts[d] += 1
            if d != "DoesNotEscape":
                reasons[self.blocking(rs)] += 1
        remarks = collections.Counter(r["decision"] for rs in self.by_key.values() for r in rs)
        self.remark_reasons = collections.Counter(
            (r["decision"], r["reason"]) for rs in self.by_key.values() for r in rs
            if r["decision"] != "DoesNotEscape")
        return counts, remarks, reasons

    def lookup(self, f, line, col, function=None):
        """The remarks of the copy of site f:line:col inlined into (or
        defined as) function; else of all its copies."""
        rs = self.by_copy.get(site_key(f, line, col) + (function,))
        if rs:
            return rs
        rs = self.by_key.get(site_key(f, line, col))
        if rs:
            return rs
        return self.by_line.get(site_key(f, line, col)[:2])


# ---------------------------------------------------------------- counts --

def read_counts(countdir, bins):
    """{(func, obj, offset): calls}, process count, total, per-function."""
    sites = collections.Counter()
    procs = 0
    if not os.path.isdir(countdir):
        return None
    for path in glob.glob(os.path.join(countdir, "*.txt")):
        keep = False
        for line in open(path, errors="replace"):
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "P":
                keep = os.path.basename(parts[1]) in bins or \
                    os.path.basename(parts[1]).replace("lt-", "") in bins
                procs += keep
                continue
            if not keep or len(parts) != 4 or parts[0] == "dropped":
                continue
            fn, calls, obj, off = parts
            sites[(fn, obj, int(off, 16))] += int(calls)
    return dict(sites=sites, procs=procs, total=sum(sites.values()),
                by_fn=collections.Counter({fn: sum(c for (f, _, _), c in sites.items() if f == fn)
                                           for fn in {k[0] for k in sites}}))


def symbolize(keys):
    """{(obj, offset): (file, line, col)} via llvm-symbolizer (innermost
    inlined frame: the allocation call itself)."""
    out = {}
    by_obj = collections.defaultdict(set)
    for obj, off in keys:
        by_obj[obj].add(off)
    for obj, offs in by_obj.items():
        offs = sorted(offs)
        if obj == "?" or not os.path.exists(obj):
            continue
        inp = "".join("0x%x\n" % (o - 1) for o in offs)
        try:
            res = subprocess.run([SYMBOLIZER, "--obj=" + obj, "--relativenames"],
                                 input=inp, capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        blocks = res.stdout.strip("\n").split("\n\n")
        for off, block in zip(offs, blocks):
            lines = block.split("\n")
            if len(lines) >= 2:
                m = re.match(r"(.*):(\d+):(\d+)$", lines[1])
                if m:
                    # The last frame names the function the code is in after
                    # inlining: the Function of the remark of this copy.
                    outer = lines[-2] if len(lines) % 2 == 0 else lines[0]
                    out[(obj, off)] = (m.group(1), int(m.group(2)), int(m.group(3)), outer)
    return out


SYSTEM_PREFIXES = ("/lib", "/usr/lib")


def attribute(counts, sites, builddir):
    """Dynamic calls of the escape build by (decision, reason)."""
    keys = {(obj, off) for (_, obj, off) in counts["sites"]}
    sym = symbolize(keys)
    by_reason = collections.Counter()
    by_site = collections.Counter()
    for (fn, obj, off), calls in counts["sites"].items():
        if obj.startswith(SYSTEM_PREFIXES):
            by_reason[("outside the program", "in " + os.path.basename(obj).split(".so")[0])] += calls
            continue
        loc = sym.get((obj, off))
        if fn not in ("malloc", "calloc", "aligned_alloc", "strdup", "strndup"):
            by_reason[("not a candidate", fn)] += calls
            continue
        rs = sites.lookup(*loc) if loc else None
        if not rs:
            # Typically the caller of a wrapper that tail-calls malloc
            # (zlib's zcalloc behind strm->zalloc): the return address is
            # in the wrapper's caller, which is no allocation site.
            by_reason[("no remark", "call site is not an allocation call (tail-calling wrapper)")] += calls
            continue
        dr = sites.blocking(rs)
        by_reason[dr] += calls
        by_site[(dr, "%s:%d:%d in %s" % (os.path.basename(loc[0]), loc[1], loc[2], loc[3]), fn)] += calls
    return by_reason, by_site


# ---------------------------------------------------------- other inputs --

def read_callgrind(prefix):
    path = prefix + ".out"
    if not os.path.exists(path):
        return None
    for line in open(path):
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    return None


def read_times(path):
    if not os.path.exists(path):
        return None
    cpu = []
    for line in open(path):
        p = line.split()
        if len(p) >= 2:
            cpu.append(float(p[0]) + float(p[1]))
    return cpu or None


ROW_RE = re.compile(r"^\s*([\d.]+) \(\s*[\d.]+%\)\s+([\d.]+) \(\s*[\d.]+%\)\s+([\d.]+) \(\s*[\d.]+%\)\s+([\d.]+) \(\s*[\d.]+%\)\s+(.*?)\s*$")


def read_time_report(path):
    """From an Escape build with -ftime-report: (seconds in escape:: passes
    and analyses, seconds of clang in total, files), user+sys."""
    if not os.path.exists(path):
        return None
    escape = total = 0.0
    files = 0
    in_clang = False
    for line in open(path, errors="replace"):
        if "Clang time report" in line:
            in_clang = True
            continue
        m = ROW_RE.match(line)
        if not m:
            continue
        name = m.group(5)
        if name.startswith("escape::"):
            escape += float(m.group(3))
        elif name == "Total" and in_clang:
            total += float(m.group(3))
            files += 1
            in_clang = False
    return dict(escape=escape, clang=total, files=files) if files else None


def read_test(outdir, cfg):
    res = os.path.join(outdir, cfg + ".test.result")
    if not os.path.exists(res):
        return None
    result = open(res).read().strip()
    log = os.path.join(outdir, cfg + ".test.log")
    if "FAIL" in result and os.path.exists(os.path.join(outdir, cfg + ".test.nocount.log")):
        log = os.path.join(outdir, cfg + ".test.nocount.log")
    detail = ""
    if os.path.exists(log):
        text = open(log, errors="replace").read()
        tot = collections.Counter()
        for k, v in re.findall(r"^# (TOTAL|PASS|SKIP|XFAIL|FAIL|XPASS|ERROR): +(\d+)", text, re.M):
            tot[k] += int(v)
        if tot:
            detail = ", ".join("%d %s" % (tot[k], k.lower()) for k in
                               ("PASS", "FAIL", "XFAIL", "SKIP", "XPASS", "ERROR") if tot[k] or k in ("PASS", "FAIL"))
        m = re.search(r"ALL TESTS PASSED|\d+ TESTS? FAILED", text)
        if m:
            detail = m.group(0).lower()
        n = len(re.findall(r"\*\*\* zlib.*test OK \*\*\*", text))
        if n:
            detail = "%d of %d zlib test runs OK" % (n, n + len(re.findall(r"\*\*\* zlib.*FAILED", text)))
        if "bzip2 -1  < sample1.ref" in text:
            detail = "%d compress/decompress comparisons" % len(re.findall(r"^cmp ", text, re.M))
            if "bzip2recover round trip OK" in text:
                detail += " + bzip2recover round trip"
        if "mawk_test" in text or "mawk-test" in text or "reg4.awk" in text:
            fails = len(re.findall(r"fail|differ", text, re.I))
            detail = "reference scripts, %d mismatches" % fails
    sec = os.path.join(outdir, cfg + ".test.seconds")
    secs = open(sec).read().strip() if os.path.exists(sec) else "?"
    return dict(result=result, detail=detail, seconds=secs)


# ---------------------------------------------------------------- report --

def fmt(n):
    return "–" if n is None else "{:,}".format(n)


def pct(a, b):
    if a is None or b is None or b == 0:
        return "–"
    return "%+.1f%%" % (100.0 * (a - b) / b)


def passshare(p):
    t = p.get("passtime")
    if not t or not t["clang"]:
        return "–"
    return "%.2f%% (%.2f of %.1f s)" % (100.0 * t["escape"] / t["clang"], t["escape"], t["clang"])


def collect(rw, prog):
    out = os.path.join(rw, "results", prog)
    build = os.path.join(rw, "build", prog)
    info = PROGRAMS[prog]
    d = dict(name=prog, why=info["why"], work=info["work"])
    d["tests"] = {c: read_test(out, c) for c in CONFIGS}
    remarks = read_remarks(os.path.join(build, "escape")) if os.path.isdir(os.path.join(build, "escape")) else []
    sites = Sites(remarks)
    # The optional "wrappers" configuration (Escape with -escape-allocator).
    if prog in ("jq", "sed") and os.path.exists(os.path.join(out, "wrappers.test.result")):
        wsites = Sites(read_remarks(os.path.join(build, "wrappers")))
        wc, wr, wreasons = wsites.static_counts()
        w = dict(test=read_test(out, "wrappers"),
                 sites={k: wc.get(k, 0) for k in DECISIONS},
                 remarks={k: wr.get(k, 0) for k in DECISIONS},
                 instructions=read_callgrind(os.path.join(out, "wrappers.callgrind")))
        for kind in ("test", "work"):
            cnt = read_counts(os.path.join(out, "wrappers.%s.counts" % kind), info["bins"])
            w[kind + "_calls"] = cnt["total"] if cnt else None
            if cnt and kind == "test":
                by_reason, _ = attribute(cnt, wsites, os.path.join(build, "wrappers"))
                w["reasons"] = [[a, b, n] for (a, b), n in by_reason.most_common()]
        d["wrappers"] = w
    counts, nrem, reasons = sites.static_counts()
    d["static"] = dict(sites={k: counts.get(k, 0) for k in DECISIONS},
                       remarks={k: nrem.get(k, 0) for k in DECISIONS},
                       reasons=[[a, b, n] for (a, b), n in reasons.most_common()],
                       remark_reasons=[[a, b, n] for (a, b), n in sites.remark_reasons.most_common()])
    d["dynamic"] = {}
    for kind in ("test", "work"):
        dk = {}
        for c in CONFIGS:
            cnt = read_counts(os.path.join(out, "%s.%s.counts" % (c, kind)), info["bins"])
            if cnt is None:
                continue
            dk[c] = dict(total=cnt["total"], procs=cnt["procs"], by_fn=dict(cnt["by_fn"]))
            if c == "escape":
                by_reason, by_site = attribute(cnt, sites, os.path.join(build, "escape"))
                dk["escape_reasons"] = [[a, b, n] for (a, b), n in by_reason.most_common()]
                dk["escape_top_sites"] = [[a[0], a[1], s, f, n] for (a, s, f), n in by_site.most_common(15)]
        d["dynamic"][kind] = dk
    d["instructions"] = {c: read_callgrind(os.path.join(out, c + ".callgrind")) for c in CONFIGS}
    d["work_failed"] = [c for c in CONFIGS if os.path.exists(os.path.join(out, c + ".work.failed"))]
    fb = os.path.join(build, "attributor", "attributor-fallback.log")
    d["attributor_fallback"] = sorted({l.split()[-1] for l in open(fb) if l.strip()}) if os.path.exists(fb) else []
    t = {c: read_times(os.path.join(out, c + ".time")) for c in ("plain", "escape")}
    d["compile"] = {c: (dict(runs=v, median=statistics.median(v)) if v else None) for c, v in t.items()}
    d["passtime"] = read_time_report(os.path.join(out, "escape.time-report.log"))
    return d


def render(summary, plugin_txt):
    L = []
    A = L.append
    A("## Real programs from Debian (scripts/realworld)")
    A("")
    A("Six C programs with their own test suites, from Debian 12's source "
      "packages (`apt-get source`, Debian patches applied), built with "
      "their upstream configure/make three ways, all `-O2 -g`: **plain** "
      "`clang-22 -O2`, **attributor** `clang-22 -O2 -mllvm "
      "-attributor-enable=cgscc` (LLVM's own heap-to-stack), and **Escape** "
      "`clang-22 -O2 -fpass-plugin=libEscape.so`. Regenerate with "
      "`scripts/realworld` (see `--help`; `--only jq --step test` and so on).")
    A("")
    A("- *Allocation calls*: calls of malloc/calloc/realloc/aligned_alloc/"
      "posix_memalign/memalign/valloc/strdup/strndup made by the program's own "
      "executables (an `LD_PRELOAD` counter, scripts/realworld.d/alloccount.c), "
      "during the whole test suite and during one workload. The difference "
      "plain − Escape is what Escape removed.")
    A("- *Sites*: allocation call sites in the Escape build, counted once per "
      "source position file:line:col (a function inlined into several callers "
      "gives one remark per copy; the *remarks* column counts those). A site is "
      "*promoted* if at least one copy was.")
    A("- *Instructions*: `valgrind --tool=callgrind` total Ir of the workload.")
    A("- *Compile time*: user+sys CPU seconds of the whole `make` from clean "
      "(`make -j2`, configure excluded), median of %s runs, plain and Escape "
      "interleaved, on a 2-core machine shared with other jobs: differences "
      "of a few percent are within the noise. *Escape's pass*: from one more "
      "Escape build with `-ftime-report`, the user+sys time of the `escape::` "
      "passes and analyses summed over all files, as a share of clang's total."
      % (max((len(p["compile"]["plain"]["runs"]) for p in summary if p["compile"].get("plain")), default=3)))
    if plugin_txt:
        A("- Plugin: " + "; ".join(l.strip() for l in plugin_txt.splitlines() if l.startswith(("sha256", "repo HEAD", "pass/"))) + ".")
    A("")
    A("![heap allocation calls and instructions, plain vs Escape](realworld.png)")
    A("")
    # Findings, computed from the data below.
    esc_pass = [p["name"] for p in summary if (p["tests"].get("escape") or {}).get("result", "").startswith("pass")]
    esc_fail = [p["name"] for p in summary if (p["tests"].get("escape") or {}).get("result", "").startswith("FAIL")]
    att_fail = [p["name"] for p in summary if (p["tests"].get("attributor") or {}).get("result", "").startswith("FAIL")]
    promoted = sum(p["static"]["sites"]["DoesNotEscape"] for p in summary)
    allsites = sum(sum(p["static"]["sites"].values()) for p in summary)
    removed_t = sum((p["dynamic"].get("test", {}).get("plain", {}).get("total") or 0) -
                    (p["dynamic"].get("test", {}).get("escape", {}).get("total") or 0) for p in summary)
    total_t = sum(p["dynamic"].get("test", {}).get("plain", {}).get("total") or 0 for p in summary)
    shares = [(p["name"], 100.0 * p["passtime"]["escape"] / p["passtime"]["clang"]) for p in summary
              if p.get("passtime") and p["passtime"]["clang"]]
    fb = sum(len(p.get("attributor_fallback", [])) for p in summary)
    A("**Findings.**")
    A("")
    A("- Correctness: Escape builds pass %d of %d test suites%s." % (
        len(esc_pass), len(summary), (" (failing: %s)" % ", ".join(esc_fail)) if esc_fail else
        "; every suite that passes with plain -O2 passes with Escape"))
    A("- Gains: %d of %d allocation sites promoted (unique file:line:col); "
      "allocation calls in the test suites, plain − Escape: %s of %s%s." % (
          promoted, allsites, fmt(removed_t), fmt(total_t),
          " (a negative or tiny difference is run-to-run variation: some tests "
          "depend on time and environment)" if removed_t < 1000 else ""))
    if shares:
        A("- Compile time: Escape's pass takes %s of clang's CPU time (-ftime-report)." % ", ".join(
              "%s %.2f%%" % (n, v) for n, v in shares))
    ovs = []
    for p in summary:
        cp = p["compile"]
        if cp.get("plain") and cp.get("escape"):
            runs = cp["plain"]["runs"]
            ovs.append("%s %s (plain runs spread %.0f%%)" % (
                p["name"], pct(cp["escape"]["median"], cp["plain"]["median"]),
                100.0 * (max(runs) - min(runs)) / cp["plain"]["median"]))
    if ovs:
        A("- Whole-build CPU time, median Escape vs plain: %s." % ", ".join(ovs))
    if att_fail:
        A("- LLVM's Attributor (`-attributor-enable=cgscc`, experimental) fails the test "
          "suites of %s (hangs, crashes, wrong output) and crashes clang-22 on %d files "
          "(compiled without it, see below); its allocation counts are of incomplete "
          "runs where the suite failed." % (", ".join(att_fail), fb))
    A("")
    # Overview.
    A("### Overview")
    A("")
    A("| program | tests plain / attributor / Escape | sites promoted / stayed / escaped | allocation calls in test suite, plain → Escape | workload allocation calls, plain → Escape | workload instructions Escape vs plain (attributor vs plain) | compile CPU s plain → Escape | Escape's pass in clang's time |")
    A("|---|---|---|---|---|---|---|---|")
    for p in summary:
        t = p["tests"]
        tr = " / ".join((t[c]["result"].split(" ")[0] if t.get(c) else "–") for c in CONFIGS)
        s = p["static"]["sites"]
        dt = p["dynamic"].get("test", {})
        dw = p["dynamic"].get("work", {})
        def arrow(dk):
            a = dk.get("plain", {}).get("total")
            b = dk.get("escape", {}).get("total")
            return "%s → %s (%s)" % (fmt(a), fmt(b), pct(b, a))
        ins = p["instructions"]
        cp = p["compile"]
        comp = "–"
        if cp.get("plain") and cp.get("escape"):
            comp = "%.1f → %.1f (%s)" % (cp["plain"]["median"], cp["escape"]["median"],
                                         pct(cp["escape"]["median"], cp["plain"]["median"]))
        for c in CONFIGS:
            if t.get(c) and t[c]["result"].startswith("FAIL"):
                for dk in (dt, dw):
                    if c in dk:
                        dk[c]["incomplete"] = True
        A("| %s | %s | %d / %d / %d | %s | %s | %s (%s) | %s | %s |" % (
            p["name"], tr, s["DoesNotEscape"], s["StaysOnHeap"], s["EscapesToHeap"],
            arrow(dt), arrow(dw), pct(ins.get("escape"), ins.get("plain")),
            pct(ins.get("attributor"), ins.get("plain")), comp, passshare(p)))
    A("")
    # Per program.
    for p in summary:
        A("### %s" % p["name"])
        A("")
        A("Why: " + p["why"] + " Workload: " + p["work"] + ".")
        A("")
        A("| | plain | attributor | Escape |")
        A("|---|---|---|---|")
        t = p["tests"]
        A("| test suite | %s |" % " | ".join(
            ("%s%s (%s s)" % (t[c]["result"], (": " + t[c]["detail"]) if t[c]["detail"] else "", t[c]["seconds"]))
            if t.get(c) else "–" for c in CONFIGS))
        for kind, label in (("test", "allocation calls, test suite"), ("work", "allocation calls, workload")):
            dk = p["dynamic"].get(kind, {})
            A("| %s | %s |" % (label, " | ".join(
                (fmt(dk[c]["total"]) + ("" if c == "plain" else " (%s)" % pct(dk[c]["total"], dk.get("plain", {}).get("total")))
                 + (" (suite failed: incomplete)" if kind == "test" and t.get(c) and t[c]["result"].startswith("FAIL") else ""))
                if c in dk and not (kind == "work" and c in p["work_failed"]) else
                ("run failed" if kind == "work" and c in p["work_failed"] else "–") for c in CONFIGS)))
        if p["work_failed"]:
            A("| workload | %s |" % " | ".join("FAILED" if c in p["work_failed"] else "ok" for c in CONFIGS))
        ins = p["instructions"]
        A("| instructions, workload | %s |" % " | ".join(
            (fmt(ins[c]) + ("" if c == "plain" else " (%s)" % pct(ins[c], ins.get("plain")))) if ins.get(c) else "–"
            for c in CONFIGS))
        cp = p["compile"]
        def ct(c):
            v = cp.get(c)
            if not v:
                return "–"
            return "%.2f s (runs %s)" % (v["median"], ", ".join("%.2f" % x for x in v["runs"]))
        A("| compile CPU time | %s | – | %s |" % (ct("plain"), ct("escape") + (
            " (%s)" % pct(cp["escape"]["median"], cp["plain"]["median"]) if cp.get("plain") and cp.get("escape") else "")))
        A("| Escape's pass (-ftime-report) | | | %s |" % passshare(p))
        s, r = p["static"]["sites"], p["static"]["remarks"]
        A("| sites promoted / stayed / escaped | | | %d / %d / %d (remarks %d / %d / %d) |" % (
            s["DoesNotEscape"], s["StaysOnHeap"], s["EscapesToHeap"],
            r["DoesNotEscape"], r["StaysOnHeap"], r["EscapesToHeap"]))
        A("")
        if p["attributor_fallback"]:
            A("The Attributor crashed clang-22 on %s; scripts/realworld.d/attributor-cc "
              "compiled %s without it." % (", ".join(p["attributor_fallback"]),
                                           "that file" if len(p["attributor_fallback"]) == 1 else "those files"))
            A("")
        dt = p["dynamic"].get("test", {})
        dw = p["dynamic"].get("work", {})
        dyn_t = {(a, b): n for a, b, n in dt.get("escape_reasons", [])}
        dyn_w = {(a, b): n for a, b, n in dw.get("escape_reasons", [])}
        stat = {(a, b): n for a, b, n in p["static"]["reasons"]}
        rstat = {(a, b): n for a, b, n in p["static"]["remark_reasons"]}
        keys = sorted(set(dyn_t) | set(dyn_w) | set(stat) | set(rstat),
                      key=lambda k: (-dyn_t.get(k, 0), -dyn_w.get(k, 0), -stat.get(k, 0)))
        if keys:
            A("Allocation calls left in the Escape build, by the remark of their site:")
            A("")
            A("| remark | reason | sites | remarks (inlined copies) | calls, test suite | calls, workload |")
            A("|---|---|---|---|---|---|")
            for k in keys:
                A("| %s | %s | %s | %s | %s | %s |" % (k[0], k[1] or "–", fmt(stat.get(k)) if k in stat else "–",
                                                      fmt(rstat.get(k)) if k in rstat else "–",
                                                      fmt(dyn_t.get(k, 0)), fmt(dyn_w.get(k, 0))))
            A("")
        top = dt.get("escape_top_sites", [])
        if top:
            A("Busiest sites left on the heap (test suite):")
            A("")
            A("| site | call | remark: reason | calls |")
            A("|---|---|---|---|")
            for dec, reason, site, fn, n in top[:8]:
                A("| %s | %s | %s: %s | %s |" % (site, fn, dec, reason or "–", fmt(n)))
            A("")
    wr = [p for p in summary if p.get("wrappers")]
    if wr:
        A("### Escape told about the allocation wrappers")
        A("")
        A("jq and sed allocate almost everything through wrappers defined in "
          "another file (`jv_mem_alloc`, gnulib's `xmalloc`), which the "
          "intraprocedural analysis cannot see into. The extra configuration "
          "*wrappers* (`scripts/realworld --config wrappers`) names them with "
          "`-mllvm -escape-allocator=NAME:KIND` (and `-escape-deallocator`), "
          "as a user of Escape could.")
        A("")
        A("| program | test suite | sites promoted / stayed / escaped (remarks) | allocation calls in test suite, plain → wrappers | workload allocation calls, plain → wrappers | workload instructions vs plain |")
        A("|---|---|---|---|---|---|")
        for p in wr:
            w = p["wrappers"]
            plain_t = p["dynamic"].get("test", {}).get("plain", {}).get("total")
            plain_w = p["dynamic"].get("work", {}).get("plain", {}).get("total")
            s_, r_ = w["sites"], w["remarks"]
            A("| %s | %s | %d / %d / %d (%d / %d / %d) | %s → %s (%s) | %s → %s (%s) | %s |" % (
                p["name"], (w["test"] or {}).get("result", "–"),
                s_["DoesNotEscape"], s_["StaysOnHeap"], s_["EscapesToHeap"],
                r_["DoesNotEscape"], r_["StaysOnHeap"], r_["EscapesToHeap"],
                fmt(plain_t), fmt(w.get("test_calls")), pct(w.get("test_calls"), plain_t),
                fmt(plain_w), fmt(w.get("work_calls")), pct(w.get("work_calls"), plain_w),
                pct(w.get("instructions"), p["instructions"].get("plain"))))
        A("")
        for p in wr:
            rs = p["wrappers"].get("reasons") or []
            if rs:
                A("%s with wrappers declared, test-suite calls left by reason: %s." % (
                    p["name"], "; ".join("%s %s %s" % (fmt(n), a, b) for a, b, n in rs[:6])))
                A("")
    # Reasons over all programs.
    A("### Reasons that keep allocations on the heap, all programs")
    A("")
    A("Sites (static, unique file:line:col, each under the reason of most "
      "of its copies), remarks (one per inlined copy, each under its own "
      "reason) and the allocation calls they made (dynamic, Escape build, "
      "each call attributed to the remark of its own inlined copy, found "
      "from the symbolised call site and the function it was inlined into), "
      "summed over the programs; sorted by calls in the test suites. "
      "*outside the program* are calls made inside libc and other system "
      "libraries (fopen, regcomp of glibc, ...); *not a candidate* are calls "
      "of functions Escape does not promote (realloc, posix_memalign); *no "
      "remark* are calls whose return address is not at an allocation call, "
      "which happens when a wrapper tail-calls the allocator (`return "
      "malloc(n)` compiled to a jump), so the counted site is the wrapper's "
      "caller.")
    A("")
    tot_s, tot_t, tot_w = collections.Counter(), collections.Counter(), collections.Counter()
    tot_r = collections.Counter()
    progs_with = collections.defaultdict(set)
    for p in summary:
        for a, b, n in p["static"]["reasons"]:
            tot_s[(a, b)] += n
            progs_with[(a, b)].add(p["name"])
        for a, b, n in p["static"]["remark_reasons"]:
            tot_r[(a, b)] += n
            progs_with[(a, b)].add(p["name"])
        for a, b, n in p["dynamic"].get("test", {}).get("escape_reasons", []):
            tot_t[(a, b)] += n
            progs_with[(a, b)].add(p["name"])
        for a, b, n in p["dynamic"].get("work", {}).get("escape_reasons", []):
            tot_w[(a, b)] += n
    keys = sorted(set(tot_s) | set(tot_t) | set(tot_w) | set(tot_r),
                  key=lambda k: (-tot_t.get(k, 0), -tot_w.get(k, 0), -tot_s.get(k, 0)))
    A("| remark | reason | sites | remarks (inlined copies) | calls, test suites | calls, workloads | programs |")
    A("|---|---|---|---|---|---|---|")
    for k in keys:
        A("| %s | %s | %s | %s | %s | %s | %s |" % (k[0], k[1] or "–", fmt(tot_s.get(k, 0)), fmt(tot_r.get(k, 0)),
                                                   fmt(tot_t.get(k, 0)), fmt(tot_w.get(k, 0)),
                                                   ", ".join(sorted(progs_with[k]))))
    A("")
    return "\n".join(L)


def plot(summary, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    names = [p["name"] for p in summary]
    fig, axes = plt.subplots(1, 4, figsize=(19, 4.6))
    x = list(range(len(names)))
    w = 0.27
    for ax, kind, title in ((axes[0], "test", "heap allocation calls, test suite"),
                            (axes[1], "work", "heap allocation calls, workload")):
        for i, c in enumerate(CONFIGS):
            vals, failed = [], []
            for p in summary:
                v = p["dynamic"].get(kind, {}).get(c, {}).get("total") or 0
                vals.append(0 if kind == "work" and c in p["work_failed"] else v)
                t = p["tests"].get(c)
                failed.append(kind == "test" and bool(t) and t["result"].startswith("FAIL"))
            bars = ax.bar([xi + (i - 1) * w for xi in x], [v if v else float("nan") for v in vals], w,
                          label=CONFIG_LABEL[c])
            for bar, f in zip(bars, failed):
                if f:
                    bar.set_hatch("//")
                    bar.set_alpha(0.5)
        ax.set_yscale("log")
        ax.set_xticks(x)
        ax.set_xticklabels(names)
        ax.set_title(title + (" (hatched: suite failed)" if kind == "test" else " (none: run failed)"), fontsize=10)
        ax.legend(fontsize=8)
    ax = axes[2]
    lim = 1.0
    for i, c in enumerate(["attributor", "escape"]):
        vals = []
        for p in summary:
            a, b = p["instructions"].get(c), p["instructions"].get("plain")
            vals.append(100.0 * (a - b) / b if a and b else 0)
        lim = max([lim] + [abs(v) * 1.2 for v in vals])
        ax.bar([xi + (i - 0.5) * w for xi in x], vals, w, label=CONFIG_LABEL[c],
               color=["tab:orange", "tab:green"][i])
    ax.set_ylim(-lim, lim)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(x)
    ax.set_xticklabels(names)
    ax.set_ylabel("% vs plain -O2")
    ax.set_title("workload instructions (callgrind)", fontsize=10)
    ax.legend(fontsize=8)
    ax = axes[3]
    over, share = [], []
    for p in summary:
        cp = p["compile"]
        over.append(100.0 * (cp["escape"]["median"] - cp["plain"]["median"]) / cp["plain"]["median"]
                    if cp.get("plain") and cp.get("escape") else 0)
        t = p.get("passtime")
        share.append(100.0 * t["escape"] / t["clang"] if t and t["clang"] else 0)
    ax.bar([xi - 0.5 * w for xi in x], over, w, label="build CPU time, Escape vs plain (median)", color="tab:gray")
    ax.bar([xi + 0.5 * w for xi in x], share, w, label="Escape's pass, share of clang time", color="tab:green")
    ax.axhline(3, color="red", linewidth=0.8, linestyle="--", label="3% target")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(x)
    ax.set_xticklabels(names)
    ax.set_ylabel("%")
    ax.set_title("compile-time cost", fontsize=10)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=90)


BEGIN, END = "<!-- realworld:begin -->", "<!-- realworld:end -->"


def write_results(bench, region):
    path = os.path.join(bench, "RESULTS.md")
    text = open(path).read() if os.path.exists(path) else "# Results\n\n<!-- micro:begin -->\n<!-- micro:end -->\n"
    block = BEGIN + "\n" + region.rstrip() + "\n" + END
    if BEGIN in text and END in text:
        a = text.index(BEGIN)
        b = text.index(END) + len(END)
        text = text[:a] + block + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def report(rw, bench, progs):
    summary = []
    for prog in PROGRAMS:
        if os.path.isdir(os.path.join(rw, "results", prog)):
            summary.append(collect(rw, prog))
    os.makedirs(bench, exist_ok=True)
    with open(os.path.join(rw, "results", "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    pt = os.path.join(rw, "plugin", "PLUGIN.txt")
    region = render(summary, open(pt).read() if os.path.exists(pt) else "")
    write_results(bench, region)
    plot(summary, os.path.join(bench, "realworld.png"))
    print("wrote %s/RESULTS.md and %s/realworld.png (%s)" % (bench, bench, ", ".join(p["name"] for p in summary)))


def main(argv):
    if argv[1:2] == ["--list"]:
        for k, v in PROGRAMS.items():
            print("%-6s %s\n       workload: %s" % (k, v["why"], v["work"]))
        return 0
    if argv[1:2] == ["--make-data"]:
        make_data(argv[2], argv[3])
        return 0
    if argv[1:2] == ["--report"]:
        report(argv[2], argv[3], argv[4:])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
