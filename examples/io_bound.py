# I/O-bound threads: waiting releases the GIL, so the waits overlap.
#
#   cargo run --release -- run --timeline examples/io_bound.py
# Look for (in the output, and on the timeline as overlapping "z" rows): five Downloader threads that each "download" for 0.2 s finish
# in about 0.2 s, not 1 s. time.sleep stands in for a network call: like
# real I/O it lets go of the GIL while it waits, so a GIL does not stop I/O
# concurrency. The optional argument is the number of threads (default 5).
# differential: skip (prints timings)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=3
import sys
import threading
import time


class Downloader(threading.Thread):
    """One thread per file: subclass Thread and put the work in run()."""

    def __init__(self, url, results):
        super().__init__(name=url.rsplit("/", 1)[-1])
        self.url = url
        self.results = results
        self.size = 0

    def run(self):
        time.sleep(0.2)  # the network: the GIL is free meanwhile
        self.size = 1000 + len(self.url)
        self.results.append(self.name)


COUNT = 5
if len(sys.argv) > 1:
    COUNT = int(sys.argv[1])
results = []
start = time.perf_counter()
downloads = []
for i in range(COUNT):
    downloads.append(Downloader(f"https://example.com/file{i}", results))
for d in downloads:
    d.start()
for d in downloads:
    d.join()
elapsed = time.perf_counter() - start
total = 0
for d in downloads:
    total += d.size
print(len(results), "downloads,", total, "bytes")
print(f"took {elapsed:.2f} s for {COUNT} x 0.2 s of waiting")
