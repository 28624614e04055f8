#!/usr/bin/env python3
"""Measures how faithfully gilvm's GIL policies behave, on this machine.

Usage (from the repository root, after `cargo build --release`):

    python3 scripts/gil_fidelity.py [--runs N] [--gilvm target/release/gilvm]
                                    [--bench bench]

For each figure it runs the workload N times and reports the median:

- threads_cpu.py under every policy: output (must equal python3's) and the
  cores used (CPU time / wall time of the whole process);
- convoy.py: the median wake-up delay it prints, under every policy;
- counter_race.py: the final count under every policy;
- fib.py and loop.py single-threaded under --gil cpython and --gil none:
  the cost of the GIL machinery (check points, the lock itself).

Timing belongs here, not in `cargo test`: these machines are shared and
noisy, so nothing here is asserted; docs/gil.md keeps the latest table.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

POLICIES = ["cpython", "legacy", "fifo", "ruby", "none"]


def run(cmd):
    """Runs cmd; returns (stdout, wall seconds, cpu seconds of the child)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read().decode()
    proc.stdout.close()
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited with {code}")
    return out, wall, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--gilvm", default="target/release/gilvm")
    ap.add_argument("--bench", default="bench")
    args = ap.parse_args()
    bench = lambda name: os.path.join(args.bench, name)
    gilvm = lambda policy, script: [args.gilvm, "run", "--gil", policy, bench(script)]

    expected, _, _ = run(["python3", bench("threads_cpu.py")])
    print(f"machine: {os.cpu_count()} cores; {args.runs} runs per figure, medians\n")

    print("threads_cpu.py (4 CPU-bound threads)")
    print("| policy | output = python3 | wall s | cores used |")
    print("|---|---|---|---|")
    for policy in POLICIES:
        walls, cores, same = [], [], True
        for _ in range(args.runs):
            out, wall, cpu = run(gilvm(policy, "threads_cpu.py"))
            same = same and out == expected
            walls.append(wall)
            cores.append(cpu / wall)
        print(f"| {policy} | {'yes' if same else 'NO'} | {statistics.median(walls):.2f} "
              f"| {statistics.median(cores):.2f} |")

    print("\nconvoy.py (median wake-up delay after a 1 ms sleep, ms)")
    print("| policy | delay ms |")
    print("|---|---|")
    delays = []
    for _ in range(args.runs):
        out, _, _ = run(["python3", bench("convoy.py")])
        delays.append(float(out.split()[1]))
    print(f"| python3 | {statistics.median(delays):.2f} |")
    for policy in POLICIES:
        delays = []
        for _ in range(args.runs):
            out, _, _ = run(gilvm(policy, "convoy.py"))
            delays.append(float(out.split()[1]))
        print(f"| {policy} | {statistics.median(delays):.2f} |")

    print("\ncounter_race.py (4 x 200000 unlocked increments)")
    print("| policy | counts |")
    print("|---|---|")
    for policy in POLICIES:
        counts = [run(gilvm(policy, "counter_race.py"))[0].strip() for _ in range(args.runs)]
        print(f"| {policy} | {', '.join(counts)} |")

    print("\nsingle-threaded cost of the GIL machinery (wall s)")
    print("| script | --gil cpython | --gil none | cpython / none | python3 |")
    print("|---|---|---|---|---|")
    for script in ["fib.py", "loop.py"]:
        with_gil, without, py = [], [], []
        for _ in range(args.runs):
            with_gil.append(run(gilvm("cpython", script))[1])
            without.append(run(gilvm("none", script))[1])
            py.append(run(["python3", bench(script)])[1])
        a, b = statistics.median(with_gil), statistics.median(without)
        print(f"| {script} | {a:.3f} | {b:.3f} | {a / b:.3f} | {statistics.median(py):.3f} |")


if __name__ == "__main__":
    main()
