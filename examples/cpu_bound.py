# CPU-bound threads: under a GIL, four threads are no faster than one.
#
# Run it under the default GIL, then with the lock switched off, and draw
# the run (--timeline in the terminal, --report as a page to show):
#   cargo run --release -- run --timeline examples/cpu_bound.py
#   cargo run --release -- run --gil none --timeline examples/cpu_bound.py
#   cargo run --release -- run --report cpu_bound.html examples/cpu_bound.py
# Look for: with the GIL the threaded run takes as long as the sequential
# one (only one thread runs bytecode at a time: the "GIL held by" row is one
# solid row of alternating threads); with --gil none the threads run in
# parallel on your cores and finish sooner ("running x2" fills up).
# Optional arguments: the total count (default 2000000) and how many runs
# to take the best of (default 3).
# differential: skip (prints timings)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=100000,1
import sys
import threading
import time

def count(n):
    total = 0
    i = 0
    while i < n:
        total += i % 3
        i += 1
    return total

N = 2000000
RUNS = 3
if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    RUNS = int(sys.argv[2])

def sequential():
    for _ in range(4):
        count(N // 4)

def threaded():
    threads = []
    for _ in range(4):
        threads.append(threading.Thread(target=count, args=(N // 4,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

def best_of(runs, work):
    best = 1000.0
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best

seq = best_of(RUNS, sequential)
thr = best_of(RUNS, threaded)
print(f"sequential: {seq:.2f} s")
print(f"4 threads:  {thr:.2f} s  (speed-up {seq / thr:.1f}x)")
