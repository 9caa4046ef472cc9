#!/usr/bin/env python3
"""run.py: differential fuzzing of Escape with gen.py's programs.

  run.py --out DIR --plugin22 LIB [--plugin19 LIB] FIRST LAST [JOBS]

For each seed: the program built with clang-22 -O0 and no plugin is the
reference; builds with the plugin at -O1, -O2, -O3 (and at random
-fno-inline, clang-19 with its plugin, a 64-byte frame budget) must print the
same and exit the same. Every 5th seed also runs the reference and the -O2
build under valgrind memcheck. One JSON line per seed goes to
DIR/results.jsonl; a failing program is kept as DIR/fail/sSEED.c.
"""
import argparse, json, os, random, re, shutil, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = re.compile(r"(malloc|calloc|aligned_alloc|strdup|strndup|realloc)\(.*\) "
                  r"(does not escape|escapes to heap)")


def sh(cmd, timeout=120):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def run_bin(exe, valgrind=False):
    cmd = (["valgrind", "-q", "--error-exitcode=99"] if valgrind else []) + [exe]
    return sh(cmd, timeout=60 if valgrind else 10)


def configs(rnd, args):
    out = [("clang-22", o, args.plugin22, []) for o in ("-O1", "-O2", "-O3")]
    if rnd.random() < 0.4:
        out.append(("clang-22", rnd.choice(["-O2", "-O3"]), args.plugin22, ["-fno-inline"]))
    if args.plugin19 and rnd.random() < 0.35:
        out.append(("clang-19", rnd.choice(["-O1", "-O2", "-O3"]), args.plugin19,
                    rnd.choice([[], ["-fno-inline"]])))
    if rnd.random() < 0.15:
        out.append(("clang-22", "-O2", args.plugin22, ["-mllvm", "-escape-max-frame-size=64"]))
    return out


def one(seed, args):
    rnd = random.Random(seed * 7 + 1)
    d = os.path.join(args.out, "work", str(seed))
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "p.c")
    with open(src, "w") as f:
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(seed)], stdout=f, check=True)
    res = {"seed": seed, "fails": [], "notes": []}
    ref = os.path.join(d, "ref")
    rc, _, err = sh(["clang-22", "-O0", "-w", src, "-o", ref])
    if rc != 0:
        res["notes"].append("reference does not compile: " + err[:300])
        return res
    rrc, rout, _ = run_bin(ref)
    res["ref_rc"] = rrc
    for cc, opt, plugin, extra in configs(rnd, args):
        exe = os.path.join(d, re.sub(r"[^A-Za-z0-9]", "_", cc + opt + "".join(extra)))
        cmd = [cc, opt, "-w", "-fpass-plugin=" + plugin] + extra + [src, "-o", exe]
        # clang 19 parses -mllvm before it loads -fpass-plugin.
        if cc == "clang-19" and "-mllvm" in extra:
            cmd[3:3] = ["-Xclang", "-load", "-Xclang", plugin]
        counted = cc == "clang-22" and opt == "-O2" and not extra
        if counted:
            cmd += ["-Rpass=escape", "-Rpass-missed=escape"]
        rc, _, err = sh(cmd)
        if rc != 0:
            res["fails"].append({"cfg": " ".join(cmd), "kind": "compile", "err": err[-2000:]})
            continue
        if counted:
            sites = [l for l in err.splitlines() if "remark:" in l and SITE.search(l)]
            res["sites"] = len(sites)
            res["promoted"] = sum(1 for l in sites if "does not escape" in l and ", but stays" not in l)
        trc, tout, _ = run_bin(exe)
        if (trc, tout) != (rrc, rout):
            res["fails"].append({"cfg": " ".join(cmd), "kind": "mismatch", "expected_rc": rrc,
                                 "got_rc": trc, "expected": rout[-400:], "got": tout[-400:]})
        if counted and seed % 5 == 0:
            vrc, vout, verr = run_bin(exe, valgrind=True)
            if vrc == 99 or (vrc, vout) != (rrc, rout):
                res["fails"].append({"cfg": "valgrind " + " ".join(cmd), "kind": "valgrind",
                                     "rc": vrc, "err": verr[-1500:]})
    if seed % 5 == 0:
        vrc, vout, verr = run_bin(ref, valgrind=True)
        if vrc == 99 or (vrc, vout) != (rrc, rout):
            res["notes"].append("reference fails under valgrind (a generator bug): " + verr[-300:])
    if res["fails"]:
        shutil.copy(src, os.path.join(args.out, "fail", "s%d.c" % seed))
    shutil.rmtree(d, ignore_errors=True)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--plugin22", required=True)
    ap.add_argument("--plugin19")
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("jobs", type=int, nargs="?", default=2)
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "fail"), exist_ok=True)
    totals = {"programs": 0, "sites": 0, "promoted": 0, "failing": 0}
    with ThreadPoolExecutor(args.jobs) as ex, \
            open(os.path.join(args.out, "results.jsonl"), "a") as out:
        for r in ex.map(lambda s: one(s, args), range(args.first, args.last + 1)):
            out.write(json.dumps(r) + "\n")
            out.flush()
            totals["programs"] += 1
            totals["sites"] += r.get("sites", 0)
            totals["promoted"] += r.get("promoted", 0)
            totals["failing"] += bool(r["fails"])
            print("seed %d: %s/%s sites promoted, %s" % (
                r["seed"], r.get("promoted", "?"), r.get("sites", "?"),
                "FAIL " + ", ".join(f["kind"] for f in r["fails"]) if r["fails"] else "ok"),
                flush=True)
            for n in r["notes"]:
                print("  note: " + n, flush=True)
    print("%(programs)d programs, %(promoted)d of %(sites)d allocation sites promoted, "
          "%(failing)d failing" % totals)
    sys.exit(1 if totals["failing"] else 0)


if __name__ == "__main__":
    main()
