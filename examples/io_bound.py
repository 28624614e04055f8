# I/O-bound threads: waiting releases the GIL, so the waits overlap.
#
#   cargo run --release -- run examples/io_bound.py
# Look for: five threads that each "download" for 0.2 s finish in about
# 0.2 s, not 1 s. time.sleep stands in for a network call: like real I/O it
# lets go of the GIL while it waits, so a GIL does not stop I/O concurrency.
# The optional argument is the number of threads (default 5).
# differential: skip (prints timings)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=3
import sys
import threading
import time

def download(name, results):
    time.sleep(0.2)
    results.append(name)

COUNT = 5
if len(sys.argv) > 1:
    COUNT = int(sys.argv[1])
results = []
start = time.perf_counter()
threads = []
for i in range(COUNT):
    threads.append(threading.Thread(target=download, args=(f"file{i}", results)))
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(len(results), "downloads")
print(f"took {elapsed:.2f} s for {COUNT} x 0.2 s of waiting")
