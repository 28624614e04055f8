# wait() and as_completed(): completion order follows events, not the
# order of submission, and timeouts leave futures pending.
import threading
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                Future, ThreadPoolExecutor, as_completed, wait)

gates = [threading.Event() for _ in range(3)]


def job(i):
    gates[i].wait()
    if i == 1:
        raise ValueError("job 1 failed")
    return i * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]

    # Nothing is done yet: wait() with a timeout returns them all pending.
    done, not_done = wait(fs, timeout=0.05)
    print(len(done), len(not_done))
    try:
        for f in as_completed(fs, timeout=0.05):
            print("unexpected", f)
    except TimeoutError as e:
        print("as_completed:", e)

    # Release the jobs one at a time, newest first: as_completed yields
    # them in the order they finish.
    order = []
    gates[2].set()
    for f in as_completed(fs):
        order.append(fs.index(f))
        if f is fs[2]:
            gates[0].set()
        elif f is fs[0]:
            gates[1].set()
    print("finished in order", order)

    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(fs.index(f) for f in done), not_done)
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    print([f.exception() for f in fs])

# FIRST_COMPLETED and FIRST_EXCEPTION return as soon as one qualifies.
release = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    slow = ex.submit(release.wait)
    quick = ex.submit(sum, [1, 2, 3])
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    failing = ex.submit(int, "x")
    done, not_done = wait([slow, failing], return_when=FIRST_EXCEPTION)
    print(failing in done, slow in not_done, type(failing.exception()).__name__)
    release.set()

# Finished futures come out of as_completed at once, duplicates once.
print(sorted(f.result() for f in as_completed([quick, quick])))
try:
    wait([Future()], return_when="SOMETIMES")
except ValueError as e:
    print(e)
r = wait([])
print(type(r).__name__, r.done, r.not_done)
# expect: 0 3
# expect: as_completed: 3 (of 3) futures unfinished
# expect: finished in order [2, 0, 1]
# expect: [0, 1, 2] set()
# expect: 3 0
# expect: [None, ValueError('job 1 failed'), None]
# expect: True True
# expect: True True ValueError
# expect: [6]
# expect: Invalid return condition: 'SOMETIMES'
# expect: DoneAndNotDoneFutures set() set()
