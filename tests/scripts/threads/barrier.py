# threading.Barrier: arrival indices, the action, reuse, abort, reset and
# timeouts. Only schedule-independent facts are printed.
import threading
import time

lock = threading.Lock()
seen = []

def note(x):
    with lock:
        seen.append(x)

# Three threads meet three times; the last to arrive runs the action.
actions = []
def action():
    actions.append(len(actions))

b = threading.Barrier(3, action=action)
print(b.parties, b.n_waiting, b.broken)  # expect: 3 0 False
indices = []
def meet():
    for _ in range(3):
        indices.append(b.wait())
ts = []
for _ in range(3):
    ts.append(threading.Thread(target=meet))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))  # expect: [0, 0, 0, 1, 1, 1, 2, 2, 2]
print(actions, b.n_waiting, b.broken)  # expect: [0, 1, 2] 0 False

# abort() wakes the waiters with BrokenBarrierError.
def guarded(barrier):
    try:
        barrier.wait()
        note("passed")
    except threading.BrokenBarrierError:
        note("broken")

def waiters(barrier, n):
    ts = []
    for _ in range(n):
        ts.append(threading.Thread(target=guarded, args=(barrier,)))
    for t in ts:
        t.start()
    return ts

b = threading.Barrier(3)
ts = waiters(b, 2)
while b.n_waiting < 2:
    time.sleep(0.001)
print(b.n_waiting)  # expect: 2
b.abort()
for t in ts:
    t.join()
print(seen, b.broken, b.n_waiting)  # expect: ['broken', 'broken'] True 0
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("still broken", repr(e), isinstance(e, RuntimeError))  # expect: still broken BrokenBarrierError() True
b.reset()
print(b.broken)  # expect: False

# reset() with threads waiting: they leave with BrokenBarrierError, and
# the barrier is usable again.
seen = []
ts = waiters(b, 2)
while b.n_waiting < 2:
    time.sleep(0.001)
b.reset()
for t in ts:
    t.join()
print(seen, b.broken, b.n_waiting)  # expect: ['broken', 'broken'] False 0
ts = waiters(b, 3)
for t in ts:
    t.join()
print(seen[2:])  # expect: ['passed', 'passed', 'passed']

# A timeout breaks the barrier for every waiter.
seen = []
b = threading.Barrier(3, timeout=0.05)
ts = waiters(b, 2)
for t in ts:
    t.join()
print(seen, b.broken)  # expect: ['broken', 'broken'] True
b = threading.Barrier(2)
try:
    b.wait(0.01)
except threading.BrokenBarrierError:
    print("timed out", b.broken)  # expect: timed out True

# An action that raises breaks the barrier; the exception reaches the
# thread that ran it.
def bad():
    raise ValueError("boom")

b = threading.Barrier(1, action=bad)
try:
    b.wait()
except ValueError as e:
    print("action raised", e, b.broken)  # expect: action raised boom True
print(threading.Barrier(1).wait())  # expect: 0
