# CPU-bound threads: under a GIL, four threads are no faster than one.
#
# Run it under the default GIL, then with the lock switched off:
#   cargo run --release -- run examples/cpu_bound.py
#   cargo run --release -- run --gil none examples/cpu_bound.py
# Look for: with the GIL the threaded run takes as long as the sequential
# one (only one thread runs bytecode at a time); with --gil none the
# threads run in parallel on your cores and finish sooner.
# differential: skip (prints timings)
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

start = time.perf_counter()
for _ in range(4):
    count(N // 4)
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = []
for _ in range(4):
    threads.append(threading.Thread(target=count, args=(N // 4,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"sequential: {sequential:.2f} s")
print(f"4 threads:  {threaded:.2f} s  (speed-up {sequential / threaded:.1f}x)")
