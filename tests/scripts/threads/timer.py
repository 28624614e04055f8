# threading.Timer: fires after its interval, with args and kwargs; cancel()
# before it fires means the function never runs, and join returns at once.
import threading
import time

fired = []

def record(a, b=0, c=0):
    fired.append((a, b, c))

def plain():
    pass

# Timers are numbered with threads: Thread-N, no target in the name.
t1 = threading.Thread(target=plain)
t2 = threading.Timer(1, plain)
print(t1.name, "|", t2.name)  # expect: Thread-1 (plain) | Thread-2
print(type(t2).__name__, t2.is_alive(), t2.daemon)  # expect: Timer False False
print(t2.interval, t2.args, t2.kwargs, t2.finished.is_set())  # expect: 1 [] {} False

t = threading.Timer(0.05, record, args=(1,), kwargs={"c": 3})
start = time.monotonic()
t.start()
print(t.is_alive(), fired)  # expect: True []
t.join()
print(fired, time.monotonic() - start >= 0.04, t.is_alive())  # expect: [(1, 0, 3)] True False

t = threading.Timer(0.01, record, [2, 5])
t.start()
t.join()
print(fired[1:])  # expect: [(2, 5, 0)]

# Cancelled while waiting: cancel() wakes it, long before the interval.
fired = []
t = threading.Timer(30, record, args=("never",))
start = time.monotonic()
t.start()
t.cancel()
t.join()
print(fired, t.is_alive(), t.finished.is_set(), time.monotonic() - start < 10)  # expect: [] False True True

# Cancelled before it starts.
t = threading.Timer(0, record, args=("never",))
t.cancel()
t.start()
t.join()
print(fired)  # expect: []

# A daemon timer.
t = threading.Timer(0.01, record, args=("daemon",))
t.daemon = True
t.start()
t.join()
print(fired, t.daemon)  # expect: [('daemon', 0, 0)] True
