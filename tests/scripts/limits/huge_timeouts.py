# Lengths of time CPython's clock cannot count are refused at once with
# OverflowError (never a sleep that lasts for ever); NaN is a ValueError;
# waits that are not positive do not block.
import queue
import sys
import threading
import time


def attempt(label, f):
    try:
        f()
        print(label, "returned")
    except (OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("sleep maxsize", lambda: time.sleep(sys.maxsize))  # expect: sleep maxsize OverflowError timestamp too large to convert to C _PyTime_t
attempt("sleep 1e300", lambda: time.sleep(1e300))  # expect: sleep 1e300 OverflowError timestamp out of range for platform time_t
attempt("sleep inf", lambda: time.sleep(float("inf")))  # expect: sleep inf OverflowError timestamp out of range for platform time_t
attempt("sleep -1e300", lambda: time.sleep(-1e300))  # expect: sleep -1e300 OverflowError timestamp out of range for platform time_t
attempt("sleep 10**30", lambda: time.sleep(10**30))  # expect: sleep 10**30 OverflowError timestamp too large to convert to C _PyTime_t
attempt("sleep nan", lambda: time.sleep(float("nan")))  # expect: sleep nan ValueError Invalid value NaN (not a number)
attempt("sleep -1", lambda: time.sleep(-1))  # expect: sleep -1 ValueError sleep length must be non-negative
attempt("event", lambda: threading.Event().wait(10**18))  # expect: event OverflowError timestamp too large to convert to C _PyTime_t
attempt("event inf", lambda: threading.Event().wait(float("inf")))  # expect: event inf OverflowError timestamp out of range for platform time_t
print(threading.Event().wait(float("nan")), threading.Event().wait(-10**18))  # expect: False False
attempt("lock", lambda: threading.Lock().acquire(timeout=10**18))  # expect: lock OverflowError timestamp too large to convert to C _PyTime_t
attempt("lock 1e10", lambda: threading.Lock().acquire(timeout=1e10))  # expect: lock 1e10 OverflowError timestamp out of range for platform time_t
attempt("lock nan", lambda: threading.Lock().acquire(timeout=float("nan")))  # expect: lock nan ValueError Invalid value NaN (not a number)
attempt("lock -2", lambda: threading.Lock().acquire(timeout=-2))  # expect: lock -2 ValueError timeout value must be positive
print(threading.Lock().acquire(timeout=-1), threading.RLock().acquire(True, 9e9))  # expect: True True
attempt("semaphore", lambda: threading.Semaphore(0).acquire(timeout=10**18))  # expect: semaphore OverflowError timestamp too large to convert to C _PyTime_t
attempt("barrier", lambda: threading.Barrier(2).wait(10**18))  # expect: barrier OverflowError timestamp too large to convert to C _PyTime_t
attempt("queue get", lambda: queue.Queue().get(timeout=10**18))  # expect: queue get OverflowError timestamp out of range for platform time_t
attempt("queue -1", lambda: queue.Queue().get(timeout=-1))  # expect: queue -1 ValueError 'timeout' must be a non-negative number
cond = threading.Condition()
with cond:
    attempt("condition", lambda: cond.wait(10**18))  # expect: condition OverflowError timestamp too large to convert to C _PyTime_t
    attempt("condition 1e300", lambda: cond.wait(1e300))  # expect: condition 1e300 OverflowError timestamp out of range for platform time_t
worker = threading.Thread(target=time.sleep, args=(0.01,))
worker.start()
attempt("join", lambda: worker.join(10**18))  # expect: join OverflowError timestamp too large to convert to C _PyTime_t
worker.join()
print("done")  # expect: done
