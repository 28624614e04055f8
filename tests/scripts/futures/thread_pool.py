# ThreadPoolExecutor: submit, map, exceptions, shutdown, and CPython's
# thread names. Everything printed is the same under any schedule.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def boom(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(ex.submit(max, 3, -9, key=abs).result())
    f = ex.submit(boom, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("caught", e)
    print(f.done(), f.cancelled(), f.running())
    try:
        list(ex.map(boom, [1, 2]))
    except ValueError as e:
        print("map raised", e)

print(ex._shutdown)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
ex.shutdown()  # a second shutdown does nothing

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)
try:
    ThreadPoolExecutor(initializer=3)
except TypeError as e:
    print(e)


def name_of(_):
    time.sleep(0.05)
    return threading.current_thread().name


# Workers are made one per submit while none is idle, up to max_workers.
# Pools without a prefix are numbered as they are made: the first pool was
# 0; the two refused above never got a number.
with ThreadPoolExecutor(max_workers=2) as ex:
    print(sorted(set(ex.map(name_of, range(6)))))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as ex:
    print(sorted(set(ex.map(name_of, range(6)))))
print(threading.active_count())

# An initializer runs once in each worker before its first call.
seen = []
with ThreadPoolExecutor(max_workers=1, initializer=seen.append, initargs=("init",)) as ex:
    print(ex.submit(len, seen).result(), seen)


def fail():
    raise OSError("no")


# A failing initializer breaks the pool.
ex = ThreadPoolExecutor(max_workers=1, initializer=fail)
f = ex.submit(square, 2)
try:
    f.result()
except Exception as e:
    print(type(e).__name__, e)
try:
    ex.submit(square, 2)
except Exception as e:
    print(type(e).__name__)
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: [0, 1, 4, 9, 16]
# expect: [32, 9]
# expect: -9
# expect: ValueError bad 3
# expect: caught bad 3
# expect: True False False
# expect: map raised bad 1
# expect: True
# expect: cannot schedule new futures after shutdown
# expect: max_workers must be greater than 0
# expect: initializer must be a callable
# expect: ['ThreadPoolExecutor-1_0', 'ThreadPoolExecutor-1_1']
# expect: ['worker_0', 'worker_1']
# expect: 1
# expect: 1 ['init']
# expect: BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
# expect: BrokenThreadPool
# expect-stderr: Exception in initializer:
# expect-stderr: OSError: no
