# Concurrency vs parallelism in one picture: the same job, "download 10
# pages", done one page after the other, by 10 threads, and by 10 asyncio
# tasks on one thread.
#
#   cargo run --release -- run examples/download.py
#   cargo run --release -- run --timeline examples/download.py 10 concurrent
#   cargo run --release -- run --gil none --timeline examples/download.py 10 concurrent
# Look for: a page is 0.2 s of waiting for the "network" and a few
# milliseconds of parsing (CPU work). One after the other, the waits add up
# (about 2 s). Threads and tasks both overlap the waits, so the job takes
# about as long as one page. The timeline shows how differently: ten
# threads that take turns on one lock to parse (under the GIL only one
# parses at a time; under --gil none two at once, one per core), and one
# thread, MainThread, whose ten tasks take turns at their awaits while the
# lock never changes hands. The arguments: the number of pages (10), and
# "concurrent" to leave out the slow first way, so that the picture is all
# threads and tasks.
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=10
# snapshot: policies=cpython args=10,concurrent
import asyncio
import sys
import threading
import time

PAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 10
CONCURRENT_ONLY = len(sys.argv) > 2 and sys.argv[2] == "concurrent"
LATENCY = 0.2  # seconds the "server" takes to answer


def parse(page):
    """The CPU part of a download: a few milliseconds of counting."""
    words = 0
    for i in range(15_000):
        if (i * (page + 3)) % 7 == 0:
            words += 1
    return words


def download(page):
    time.sleep(LATENCY)  # waiting for the network: the GIL is released
    return parse(page)


async def download_async(page):
    await asyncio.sleep(LATENCY)  # waiting for the network: other tasks run
    return parse(page)


def one_after_the_other():
    return [download(page) for page in range(PAGES)]


def with_threads():
    results = [0] * PAGES

    def worker(page):
        results[page] = download(page)

    threads = [
        threading.Thread(target=worker, args=(page,), name=f"page-{page}")
        for page in range(PAGES)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


async def with_tasks():
    tasks = [
        asyncio.create_task(download_async(page), name=f"fetch-{page}")
        for page in range(PAGES)
    ]
    return await asyncio.gather(*tasks)


def timed(label, job):
    start = time.perf_counter()
    words = job()
    took = time.perf_counter() - start
    print(f"{label:<24} {len(words)} pages, {sum(words)} words, in {took:.1f} s")


if not CONCURRENT_ONLY:
    timed("one after the other:", one_after_the_other)
timed(f"{PAGES} threads:", with_threads)
timed(f"{PAGES} asyncio tasks:", lambda: asyncio.run(with_tasks()))
