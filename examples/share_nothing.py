# Share nothing: the same CPU-bound job on one thread, on 2 threads, on a
# pool of 2 threads, and on a pool of 2 processes.
#
#   cargo run --release -- run --timeline examples/share_nothing.py
#   cargo run --release -- run --gil none --timeline examples/share_nothing.py
#   cargo run --release -- compare examples/share_nothing.py 200000
# Look for: under a GIL neither the 2 threads nor the thread pool beat one
# thread: one lock, one thread running bytecode at a time. The process
# pool does, about 2x on 2 cores: in gilvm its workers are interpreters of
# their own, each with its own GIL (the timeline draws a line above each
# interpreter's rows, and --stats gives each lock's figures). Under --gil
# none the threads catch up. Nothing is shared with the workers: the
# function and its arguments are copied to them, the results copied back.
# Optional arguments: the work per worker (default 1500000), and "quiet"
# to leave the timings out (the deterministic snapshot's virtual clock runs
# one thread of the whole run at a time, so it would show no speed-up).
# differential: skip (prints timings)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=20000,quiet
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

WORKERS = 2


def count(n):
    total = 0
    i = 0
    while i < n:
        total += i % 3
        i += 1
    return total


def one_thread(n):
    return [count(n) for _ in range(WORKERS)]


def threads(n):
    results = [0] * WORKERS

    def work(k):
        results[k] = count(n)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(WORKERS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


def thread_pool(n):
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(count, [n] * WORKERS))


def process_pool(n):
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(count, [n] * WORKERS))


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    quiet = "quiet" in sys.argv[2:]
    answers = set()
    base = None
    for label, way in [("1 thread", one_thread), ("2 threads", threads),
                       ("thread pool", thread_pool), ("process pool", process_pool)]:
        start = time.perf_counter()
        answers.add(sum(way(n)))
        took = time.perf_counter() - start
        if base is None:
            base = took
            line = f"{label + ':':14}{took:.2f} s"
        else:
            line = f"{label + ':':14}{took:.2f} s  (speed-up {base / took:.1f}x)"
        print(label if quiet else line)
    print("every way computed", answers.pop() if len(answers) == 1 else answers)
