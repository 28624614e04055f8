#!/usr/bin/env python3
"""Times gilvm against python3 on every benchmark script of the
repository's bench/ (the standard workloads and gilvm's own).

Usage (from anywhere; the one command behind docs/performance.md):

    python3 scripts/bench.py --build --write docs/performance.md

Options: --runs N (default 7), --gilvm PATH (default
$CARGO_TARGET_DIR/release/gilvm, else target/release/gilvm), --python
(default python3), --bench DIR (repeatable; default the repository's
bench/), --build (run
`cargo build --release` first), --write FILE (replace FILE's results
section with this run's tables and machine). Script names must be unique
across the directories: the table names each script by its file name.

Every figure is the median of N runs. gilvm and python3 run alternately,
script by script (which one goes first swaps each round), so a noisy
neighbour slows both. Ratios are the median of each round's own ratio:
these machines change speed in phases (the same binary takes 0.16 s or
0.26 s), and a ratio of two medians can pair a fast phase with a slow one. Each run's stdout must equal python3's; peak memory
is the child's ru_maxrss from os.wait4. Linux carries the spawning process's
own peak into its child's ru_maxrss, so a peak at or below this script's
own (about 10-16 MiB) is shown as "≤ N": the real figure is lower. Besides the table it measures the
acceptance figures of docs/performance.md: the single-threaded cost of the
GIL machinery (`--gil cpython` against `--gil none` on fib.py and loop.py)
the parallel speed-up of threads_cpu.py under `--gil none` against
threads_seq.py, and that of 2 interpreters (interpreters_2.py) against 2
threads (threads_2.py), both under `--gil cpython`. Nothing is asserted: each target is marked PASS or FAIL.
"""

import argparse
import datetime
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The single-threaded workloads of acceptance 1.
CORE = ["fib.py", "loop.py", "lists.py", "dicts.py", "strings.py"]
# The object-heavy workload of issue 12 (the repository's bench/objects.py):
# method calls and attribute access on instances, at most MAX_OBJECTS
# (issue 12 asked 1.0x, issue 29 tightened it).
OBJECTS = "objects.py"
# The generator and comprehension workload of issue 13 (bench/generators.py),
# at most MAX_GENERATORS (issue 13 asked 1.0x, issue 29 tightened it).
GENERATORS = "generators.py"
# The asyncio workload of issue 14 (bench/asyncio_sleep0.py): 100,000
# `await asyncio.sleep(0)` steps across 100 tasks, at most MAX_RATIO.
ASYNCIO = "asyncio_sleep0.py"
# Every script the acceptance figures need; --write insists on all of them.
# Issue 15: the same CPU-bound work on 2 interpreters (a GIL each) and on
# 2 threads of one interpreter, both under gilvm's default policy.
INTERPRETERS = "interpreters_2.py"
THREADS_2 = "threads_2.py"
REQUIRED = CORE + ["threads_cpu.py", "threads_seq.py", OBJECTS, GENERATORS, ASYNCIO]
# Where the scripts live by default: the shared workloads, then our own.
DEFAULT_BENCH = [ROOT / "bench"]
# Scripts whose later lines are schedule-dependent: only this many leading
# lines of their output are compared (convoy.py prints a timing second).
COMPARED_LINES = {"convoy.py": 1}

BEGIN = "<!-- bench.py: results begin -->"
END = "<!-- bench.py: results end -->"

# Targets (docs/performance.md, issue 6).
MAX_RATIO = 1.0
MAX_OBJECTS = 0.75
MAX_GENERATORS = 0.8
# Issue 29's geometric mean of the five core workloads.
MAX_GEOMEAN_29 = 0.58
MAX_GEOMEAN = 0.65
MAX_GIL_COST = 1.03
MAX_PARALLEL = 0.6
MAX_INTERPRETERS = 0.6


def run(cmd):
    """Runs cmd to completion: (stdout, stderr, wall s, peak RSS KiB, exit code)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                wall, usage.ru_maxrss, proc.returncode)


class Bench:
    def __init__(self, args, paths):
        self.args = args
        self.paths = paths
        self.expected = {}

    def script(self, name):
        return str(self.paths[name])

    def gilvm(self, name, policy=None):
        gil = ["--gil", policy] if policy else []
        return [self.args.gilvm, "run", *gil, self.script(name)]

    def python(self, name):
        return [self.args.python, self.script(name)]

    def expect(self, name):
        """python3's output of `name`, computed once."""
        if name not in self.expected:
            out, err, _, _, code = run(self.python(name))
            if code != 0:
                sys.exit(f"bench.py: {self.args.python} {name} exited with {code}:\n{err}")
            self.expected[name] = out
        return self.expected[name]

    def timed(self, cmd, name):
        """Runs cmd once; checks its output against python3's."""
        out, err, wall, rss, code = run(cmd)
        if code != 0:
            sys.exit(f"bench.py: `{' '.join(cmd)}` exited with {code}:\n{err}")
        keep = COMPARED_LINES.get(name)
        got, want = out.splitlines()[:keep], self.expect(name).splitlines()[:keep]
        if got != want:
            sys.exit(f"bench.py: `{' '.join(cmd)}` printed\n{out}\nbut python3 printed\n"
                     f"{self.expected[name]}(compared: "
                     f"{'first %d line(s)' % keep if keep else 'all of stdout'})")
        return wall, rss

    def alternate(self, cmds):
        """Runs each (label, cmd, script) N times, round-robin, the order
        rotating each round; returns {label: (median wall s, median peak KiB)}
        and keeps every round's walls for `ratio`."""
        walls = {label: [] for label, _, _ in cmds}
        rsss = {label: [] for label, _, _ in cmds}
        for i in range(self.args.runs):
            k = i % len(cmds)
            for label, cmd, name in cmds[k:] + cmds[:k]:
                wall, rss = self.timed(cmd, name)
                walls[label].append(wall)
                rsss[label].append(rss)
        self.walls = walls
        return {label: (statistics.median(walls[label]), statistics.median(rsss[label]))
                for label in walls}

    def ratio(self, a, b):
        """The median over the last `alternate`'s rounds of wall(a) / wall(b):
        both ran in the same round, so a slow phase slows both."""
        return statistics.median(x / y for x, y in zip(self.walls[a], self.walls[b]))


def progress(msg):
    print(msg, file=sys.stderr, flush=True)


def floor_kib():
    """This process's peak RSS: no child's ru_maxrss can be told below it."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def mib(kib):
    if kib <= floor_kib():
        return f"≤ {kib / 1024:.1f}"
    return f"{kib / 1024:.1f}"


def verdict(ok):
    return "PASS" if ok else "FAIL"


def machine(args):
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def output(cmd):
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
            return (res.stdout or res.stderr).strip()
        except OSError:
            return ""

    def first_line(cmd):
        return (output(cmd).splitlines() or ["unknown"])[0]

    commit = first_line(["git", "rev-parse", "--short", "HEAD"])
    # This file's own update does not make the measured build dirty.
    if output(["git", "status", "--porcelain", "--untracked-files=no", "--", ".",
               ":(exclude)docs/performance.md"]):
        commit += " (with uncommitted changes)"
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "python": first_line([args.python, "--version"]),
        "rustc": first_line(["rustc", "--version"]),
        "commit": commit,
    }


def scripts(dirs):
    """{file name: path} of every *.py in dirs; a name found twice is an error."""
    paths = {}
    seen = set()
    for d in dirs:
        if Path(d).resolve() in seen:
            continue  # the same folder named twice
        seen.add(Path(d).resolve())
        for p in sorted(Path(d).glob("*.py")):
            if p.name in paths:
                sys.exit(f"bench.py: {p.name} is in both {paths[p.name].parent} and {d}: "
                         "the table names scripts by file name")
            paths[p.name] = p
    return paths


def measure(args, paths):
    b = Bench(args, paths)
    names = sorted(paths)
    have = set(names)

    lines = []
    out = lines.append
    out(f"{args.runs} runs of each, medians; gilvm and python3 alternate. Each ratio is "
        "the median of the rounds' own ratios. Peak memory is the process's maximum "
        "resident set size.")
    out("")
    out("| script | gilvm s | python3 s | gilvm / python3 | gilvm MiB | python3 MiB |")
    out("|---|---:|---:|---:|---:|---:|")
    ratios = {}
    rss = {}
    for name in names:
        progress(f"bench.py: {name}")
        res = b.alternate([("gilvm", b.gilvm(name), name), ("python3", b.python(name), name)])
        (gw, gr), (pw, pr) = res["gilvm"], res["python3"]
        ratios[name] = b.ratio("gilvm", "python3")
        rss[name] = (gr, pr)
        out(f"| {name} | {gw:.3f} | {pw:.3f} | {ratios[name]:.2f}× | {mib(gr)} | {mib(pr)} |")
    core = have.issuperset(CORE)
    if core:
        geomean = math.exp(statistics.fmean(math.log(ratios[n]) for n in CORE))
        out("")
        out(f"Geometric mean of gilvm / python3 over {', '.join(CORE)}: **{geomean:.2f}×**.")
    interp = None
    if have.issuperset([INTERPRETERS, THREADS_2]):
        out("")
        out(f"Interpreters: the same work on 2 interpreters and on 2 threads "
            f"({os.cpu_count()} cores, gilvm --gil cpython):")
        out("")
        out("| script | gilvm s |")
        out("|---|---:|")
        progress(f"bench.py: {INTERPRETERS} / {THREADS_2}")
        res = b.alternate([
            ("threads", b.gilvm(THREADS_2, "cpython"), THREADS_2),
            ("interps", b.gilvm(INTERPRETERS, "cpython"), INTERPRETERS),
        ])
        interp = b.ratio("interps", "threads")
        out(f"| {THREADS_2} (one GIL) | {res['threads'][0]:.3f} |")
        out(f"| {INTERPRETERS} (a GIL each) | {res['interps'][0]:.3f} |")
        out(f"| {INTERPRETERS} / {THREADS_2} | {interp:.2f}× |")

    if not core or not have.issuperset(["threads_cpu.py", "threads_seq.py"]):
        # Only the table: the acceptance figures need the shared workloads.
        progress(f"bench.py: the acceptance figures need {', '.join(REQUIRED)}: "
                 f"only the table is measured")
        return "\n".join(lines)

    out("")
    out("Single-threaded cost of the GIL machinery (gilvm):")
    out("")
    out("| script | --gil none s | --gil cpython s | cpython / none |")
    out("|---|---:|---:|---:|")
    gil_cost = {}
    for name in ["fib.py", "loop.py"]:
        progress(f"bench.py: {name} --gil cpython / none")
        res = b.alternate([("none", b.gilvm(name, "none"), name),
                           ("cpython", b.gilvm(name, "cpython"), name)])
        none, cpy = res["none"][0], res["cpython"][0]
        gil_cost[name] = b.ratio("cpython", "none")
        out(f"| {name} | {none:.3f} | {cpy:.3f} | {gil_cost[name]:.3f}× |")

    out("")
    out(f"Threads: the same work in 4 threads and in one ({os.cpu_count()} cores):")
    out("")
    out("| script | gilvm s | python3 s |")
    out("|---|---:|---:|")
    progress("bench.py: threads_cpu.py --gil none / threads_seq.py --gil cpython")
    res = b.alternate([
        ("seq", b.gilvm("threads_seq.py", "cpython"), "threads_seq.py"),
        ("cpu", b.gilvm("threads_cpu.py", "none"), "threads_cpu.py"),
        ("py seq", b.python("threads_seq.py"), "threads_seq.py"),
        ("py cpu", b.python("threads_cpu.py"), "threads_cpu.py"),
    ])
    seq, cpu = res["seq"][0], res["cpu"][0]
    parallel = b.ratio("cpu", "seq")
    out(f"| threads_seq.py (gilvm --gil cpython) | {seq:.3f} | {res['py seq'][0]:.3f} |")
    out(f"| threads_cpu.py (gilvm --gil none) | {cpu:.3f} | {res['py cpu'][0]:.3f} |")
    out(f"| threads_cpu / threads_seq | {parallel:.2f}× | "
        f"{b.ratio('py cpu', 'py seq'):.2f}× |")

    worst = max(CORE, key=lambda n: ratios[n])
    lg, lp = rss["lists.py"]
    out("")
    out("| # | target | measured | |")
    out("|---|---|---|---|")
    out(f"| 1 | every one of {', '.join(n[:-3] for n in CORE)} ≤ {MAX_RATIO:.1f}× python3 "
        f"| slowest: {worst} {ratios[worst]:.2f}× | {verdict(ratios[worst] <= MAX_RATIO)} |")
    out(f"| 1 | geometric mean ≤ {MAX_GEOMEAN:.2f}× | {geomean:.2f}× "
        f"| {verdict(geomean <= MAX_GEOMEAN)} |")
    out(f"| 1 (issue 29) | geometric mean ≤ {MAX_GEOMEAN_29:.2f}× | {geomean:.2f}× "
        f"| {verdict(geomean <= MAX_GEOMEAN_29)} |")
    known = lg > floor_kib() or lp > floor_kib()
    out(f"| 2 | lists.py peak memory ≤ python3's | {mib(lg)} MiB against {mib(lp)} MiB "
        f"| {verdict(lg <= lp) if known else 'both below what this script can see'} |")
    worst_gil = max(gil_cost.values())
    out(f"| 3 | `--gil cpython` ≤ {MAX_GIL_COST:.2f}× `--gil none`, single-threaded "
        f"| {', '.join(f'{n} {r:.3f}×' for n, r in gil_cost.items())} "
        f"| {verdict(worst_gil <= MAX_GIL_COST)} |")
    out(f"| 4 | threads_cpu.py `--gil none` ≤ {MAX_PARALLEL:.1f}× threads_seq.py "
        f"| {parallel:.2f}× on {os.cpu_count()} cores | {verdict(parallel <= MAX_PARALLEL)} |")
    if OBJECTS in ratios:
        out(f"| 6 | {OBJECTS} (method calls, attribute access) ≤ {MAX_OBJECTS:.2f}× python3 "
            f"| {ratios[OBJECTS]:.2f}× | {verdict(ratios[OBJECTS] <= MAX_OBJECTS)} |")
    if GENERATORS in ratios:
        out(f"| 7 | {GENERATORS} (generators, comprehensions) ≤ {MAX_GENERATORS:.1f}× python3 "
            f"| {ratios[GENERATORS]:.2f}× | {verdict(ratios[GENERATORS] <= MAX_GENERATORS)} |")
    if interp is not None:
        out(f"| 9 | {INTERPRETERS} (2 interpreters) ≤ {MAX_INTERPRETERS:.1f}× {THREADS_2} "
            f"(2 threads), `--gil cpython` | {interp:.2f}× on {os.cpu_count()} cores "
            f"| {verdict(interp <= MAX_INTERPRETERS)} |")
    if ASYNCIO in ratios:
        out(f"| 8 | {ASYNCIO} (100,000 asyncio.sleep(0) steps, 100 tasks) ≤ {MAX_RATIO:.1f}× "
            f"python3 | {ratios[ASYNCIO]:.2f}× | {verdict(ratios[ASYNCIO] <= MAX_RATIO)} |")
    return "\n".join(lines)


def write(path, info, tables, command):
    section = "\n".join([
        BEGIN,
        f"Measured {info['date']} on {info['cpu']}, {info['cores']} cores, {info['os']} "
        f"(load average {info['load']} at the start); "
        f"{info['python']}; {info['rustc']}; gilvm at commit {info['commit']}. "
        f"Command: `{command}`.",
        "",
        tables,
        END,
    ])
    path = Path(path)
    text = path.read_text() if path.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit(f"bench.py: {path} has no results section to replace "
                 f"(the lines {BEGIN} and {END})")
    path.write_text(text[:start] + section + text[end + len(END):])
    progress(f"bench.py: wrote {path}")


def main():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="runs per figure (default 7)")
    ap.add_argument("--gilvm", default=str(target / "release" / "gilvm"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--bench", metavar="DIR", action="append",
                    help="a folder of benchmark scripts; repeatable (default: "
                         "the repository's bench/)")
    ap.add_argument("--build", action="store_true", help="cargo build --release first")
    ap.add_argument("--write", metavar="FILE", help="replace FILE's results section")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    if args.build:
        progress("bench.py: cargo build --release")
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not Path(args.gilvm).is_file():
        sys.exit(f"bench.py: no gilvm binary at {args.gilvm}: run `cargo build --release` "
                 "or pass --build")
    dirs = args.bench or DEFAULT_BENCH
    for d in dirs:
        if not Path(d).is_dir():
            sys.exit(f"bench.py: the benchmark scripts are expected in {d} "
                     "(by default the repository's bench/); "
                     "pass --bench DIR")
    paths = scripts(dirs)
    if not paths:
        sys.exit(f"bench.py: no .py scripts in {', '.join(map(str, dirs))}")
    missing = [n for n in REQUIRED if n not in paths]
    if missing and args.write:
        sys.exit(f"bench.py: --write needs every acceptance script; "
                 f"{', '.join(map(str, dirs))} lack {', '.join(missing)}")

    info = machine(args)
    tables = measure(args, paths)
    print(f"{info['date']}; {info['cpu']}, {info['cores']} cores, load {info['load']}; "
          f"{info['python']}; "
          f"{info['rustc']}; commit {info['commit']}\n")
    print(tables)
    if args.write:
        runs = f" --runs {args.runs}" if args.runs != 7 else ""
        rel = os.path.relpath(Path(args.write).resolve(), ROOT)
        benches = "".join(f" --bench {os.path.relpath(Path(d).resolve(), ROOT)}"
                          for d in args.bench or [])
        command = f"python3 scripts/bench.py --build{runs}{benches} --write {rel}"
        write(args.write, info, tables, command)


if __name__ == "__main__":
    main()
