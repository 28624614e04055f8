# An asyncio producer/consumer: tasks hand work over through asyncio.Queue.
#
#   cargo run --release -- run --timeline examples/asyncio_queue.py
# Look for: one producer puts 6 jobs on a queue that holds 2, three workers
# take them. When the queue is full the producer waits (its row shows "q");
# when it is empty the workers wait. Each job is 0.1 s of awaiting, so the
# three workers finish 6 jobs in about 0.2 s, on one thread, with no lock
# changing hands: the turns are taken at the awaits. queue.join() returns
# when every job is done; the idle workers are then cancelled.
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython
import asyncio
import time

JOBS = 6
WORKERS = 3


async def producer(queue):
    for job in range(JOBS):
        await queue.put(job)  # waits while the queue is full
        print(f"put job {job}")


async def worker(name, queue, done):
    while True:
        job = await queue.get()  # waits while the queue is empty
        await asyncio.sleep(0.1)  # the work: waiting for something
        done.append((job, name))
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    done = []
    workers = [
        asyncio.create_task(worker(f"worker-{i}", queue, done), name=f"worker-{i}")
        for i in range(WORKERS)
    ]
    start = time.perf_counter()
    await asyncio.create_task(producer(queue), name="producer")
    await queue.join()
    took = time.perf_counter() - start
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for job, name in sorted(done):
        print(f"job {job} done by {name}")
    print(f"{JOBS} jobs, {WORKERS} workers: {took:.1f} s")


asyncio.run(main())
