# Concurrency without parallelism: asyncio tasks take turns on ONE thread.
#
#   cargo run --release -- run --timeline examples/asyncio_tasks.py
# Look for: "downloading" five pages one after the other takes five times
# as long as one page; as five tasks they all wait at once, so the job
# takes about as long as one page, on one thread and without the GIL ever
# changing hands. A coroutine that blocks (time.sleep instead of await
# asyncio.sleep) stalls every task of the loop: the last phase is as slow
# as the sequential one. The optional argument is the number of pages
# (default 5).
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=3
import asyncio
import sys
import time

PAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 5
LATENCY = 0.2  # seconds the "server" takes to answer


async def download(page):
    await asyncio.sleep(LATENCY)  # waiting for the network: others run
    return f"page-{page}"


async def blocking_download(page):
    time.sleep(LATENCY)  # blocks the loop: nobody else runs meanwhile
    return f"page-{page}"


async def one_by_one():
    pages = []
    for p in range(PAGES):
        pages.append(await download(p))
    return pages


async def all_at_once(fetch):
    return await asyncio.gather(*(fetch(p) for p in range(PAGES)))


def timed(label, job):
    start = time.monotonic()
    pages = asyncio.run(job)
    elapsed = time.monotonic() - start
    print(f"{label:<28} {len(pages)} pages in {elapsed:.1f} s")


timed("one after the other:", one_by_one())
timed("as tasks (asyncio.gather):", all_at_once(download))
timed("as tasks that block:", all_at_once(blocking_download))
