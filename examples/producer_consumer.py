# Producer and consumers sharing a bounded queue.
#
#   cargo run --release -- run --timeline examples/producer_consumer.py
# Look for (on the timeline): put() blocks while the queue is full and get()
# while it is empty ("Q" on their rows); both let go of the GIL while they
# wait, so the producer and the consumers take turns. Every item is processed exactly once. The optional
# argument is the number of jobs (default 50).
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython,fifo args=8
import sys
import threading
import queue

jobs = queue.Queue(maxsize=4)
done = []
done_lock = threading.Lock()

def producer(n):
    for i in range(n):
        jobs.put(i)
    for _ in range(3):
        jobs.put(None)

def consumer(name):
    handled = 0
    while True:
        job = jobs.get()
        if job is None:
            break
        with done_lock:
            done.append(job * job)
        handled += 1

JOBS = 50
if len(sys.argv) > 1:
    JOBS = int(sys.argv[1])
workers = []
for i in range(3):
    workers.append(threading.Thread(target=consumer, args=(f"c{i}",)))
for w in workers:
    w.start()
p = threading.Thread(target=producer, args=(JOBS,))
p.start()
p.join()
for w in workers:
    w.join()
print(len(done), "jobs done, sum of squares", sum(done))
