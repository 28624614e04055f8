# A shared instance counter incremented under a lock by 4 threads x 10000: the result is exact.
import threading


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1

    def add(self, n):
        self._lock.acquire()
        try:
            self.value += n
        finally:
            self._lock.release()


counter = Counter()


def worker(c, times):
    for _ in range(times):
        c.increment()


threads = []
for i in range(4):
    threads.append(threading.Thread(target=worker, args=(counter, 10000)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.value)  # expect: 40000


# A class-level counter shared by all instances, protected by a class-level lock.
class Tracked:
    created = 0
    lock = threading.Lock()

    def __init__(self):
        with Tracked.lock:
            Tracked.created += 1
            self.serial = Tracked.created


made = []
made_lock = threading.Lock()


def maker(n):
    local = []
    for _ in range(n):
        local.append(Tracked())
    with made_lock:
        made.extend(local)


ts = []
for _ in range(4):
    ts.append(threading.Thread(target=maker, args=(250,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Tracked.created, len(made))  # expect: 1000 1000
serials = []
for obj in made:
    serials.append(obj.serial)
serials.sort()
print(serials[0], serials[-1], serials == list(range(1, 1001)))  # expect: 1 1000 True

# add() with explicit acquire/release in try/finally.
c2 = Counter()


def adder(k):
    for i in range(1000):
        c2.add(k)


ts = []
for k in [1, 2, 3]:
    ts.append(threading.Thread(target=adder, args=(k,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c2.value)  # expect: 6000

# Per-thread results gathered through a queue, printed in sorted order.
import queue

q = queue.Queue()


def report(name, c):
    local_total = 0
    for _ in range(500):
        c.increment()
        local_total += 1
    q.put((name, local_total))


c3 = Counter()
ts = []
for name in ["d", "a", "c", "b"]:
    ts.append(threading.Thread(target=report, args=(name, c3)))
for t in ts:
    t.start()
for t in ts:
    t.join()
rows = []
while not q.empty():
    rows.append(q.get())
rows.sort()
print(rows)  # expect: [('a', 500), ('b', 500), ('c', 500), ('d', 500)]
print(c3.value)  # expect: 2000
