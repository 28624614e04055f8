# A blocking call inside a coroutine, and asyncio.to_thread: the way out.
#
#   cargo run --release -- run --timeline examples/asyncio_to_thread.py
# Look for: a heartbeat task ticks every 0.1 s. While a coroutine calls a
# blocking function directly (time.sleep stands for a library that reads a
# socket), the loop is stuck: no tick. Handed to asyncio.to_thread, the
# same call runs on a real thread (asyncio_0), which waits without the GIL
# while the loop goes on ticking. On the timeline: MainThread's task rows
# stall in the first half, and the asyncio_0 thread appears in the second.
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython
import asyncio
import time

CALL = 0.45  # seconds the blocking call takes
BEAT = 0.1  # seconds between heartbeats


def legacy_fetch(n):
    """A blocking API: nothing else on this thread runs until it returns."""
    time.sleep(CALL)
    return n * 2


async def heartbeat(ticks):
    while True:
        await asyncio.sleep(BEAT)
        ticks.append(len(ticks) + 1)


async def main():
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks), name="heartbeat")
    await asyncio.sleep(0)  # let the heartbeat start

    before = len(ticks)
    result = legacy_fetch(21)
    print(f"called directly:       {result}, heartbeats meanwhile: {len(ticks) - before}")

    await asyncio.sleep(0.03)  # the overdue beat catches up
    before = len(ticks)
    result = await asyncio.to_thread(legacy_fetch, 21)
    print(f"asyncio.to_thread:     {result}, heartbeats meanwhile: {len(ticks) - before}")
    beat.cancel()


asyncio.run(main())
