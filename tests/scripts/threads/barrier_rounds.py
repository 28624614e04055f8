# threading.Barrier: all parties wait together; wait() indices are 0..n-1; parties, n_waiting, reset, broken.
import threading
import time

barrier = threading.Barrier(3)
print(barrier.parties, barrier.n_waiting, barrier.broken)  # expect: 3 0 False

indices = []
phase_log = []
lock = threading.Lock()


def worker(name):
    with lock:
        phase_log.append(("before", name))
    idx = barrier.wait()
    with lock:
        indices.append(idx)
        phase_log.append(("after", name))


threads = []
for name in ["a", "b", "c"]:
    threads.append(threading.Thread(target=worker, args=(name,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))  # expect: [0, 1, 2]
print(barrier.n_waiting, barrier.broken)  # expect: 0 False

# Every "before" happened before any "after".
kinds = []
for entry in phase_log:
    kinds.append(entry[0])
print(kinds)  # expect: ['before', 'before', 'before', 'after', 'after', 'after']

# The barrier is reusable: run two more rounds with the same three threads.
rounds = []


def multi_round(name):
    for r in range(2):
        i = barrier.wait()
        with lock:
            rounds.append((r, i))


threads = []
for name in ["x", "y", "z"]:
    threads.append(threading.Thread(target=multi_round, args=(name,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(rounds))  # expect: [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]

# The action runs exactly once per round, in one of the threads.
actions = []
ab = threading.Barrier(2, action=lambda: actions.append("released"))


def two(n):
    ab.wait()


ts = []
for n in range(2):
    ts.append(threading.Thread(target=two, args=(n,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(actions)  # expect: ['released']

# A barrier with one party releases immediately.
print(threading.Barrier(1).wait())  # expect: 0

# A wait that times out breaks the barrier; later waits fail immediately.
lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("timed out:", type(e).__name__, lonely.broken)  # expect: timed out: BrokenBarrierError True
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("still broken")  # expect: still broken
print(issubclass(threading.BrokenBarrierError, RuntimeError))  # expect: True

# reset() repairs a broken barrier.
lonely.reset()
print(lonely.broken, lonely.n_waiting)  # expect: False 0

# abort() makes waiting threads fail with BrokenBarrierError.
gate = threading.Barrier(3)
outcomes = []


def waiter():
    try:
        gate.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        outcomes.append(r)


w1 = threading.Thread(target=waiter)
w2 = threading.Thread(target=waiter)
w1.start()
w2.start()
while gate.n_waiting < 2:
    time.sleep(0.001)
gate.abort()
w1.join()
w2.join()
print(outcomes, gate.broken)  # expect: ['broken', 'broken'] True
