# Thread targets: bound methods, lambdas, closures, callable objects, args and kwargs.
import threading


class Collector:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()

    def add_range(self, lo, hi, step=1):
        local = []
        for i in range(lo, hi, step):
            local.append(i)
        with self.lock:
            self.items.extend(local)

    def __call__(self, tag):
        with self.lock:
            self.items.append(tag)


c = Collector()
t1 = threading.Thread(target=c.add_range, args=(0, 5))
t2 = threading.Thread(target=c.add_range, args=(10, 20), kwargs={"step": 5})
print(t1.name, t2.name)  # expect: Thread-1 (add_range) Thread-2 (add_range)
t1.start()
t2.start()
t1.join()
t2.join()
print(sorted(c.items))  # expect: [0, 1, 2, 3, 4, 10, 15]

# A lambda as target (its name shows up in the default thread name).
box = []
tl = threading.Thread(target=lambda: box.append("lambda ran"))
print(tl.name)  # expect: Thread-3 (<lambda>)
tl.start()
tl.join()
print(box)  # expect: ['lambda ran']

# Lambda target with arguments.
tl2 = threading.Thread(target=lambda a, b=0: box.append(a + b), args=(40,), kwargs={"b": 2})
tl2.start()
tl2.join()
print(box[-1])  # expect: 42

# A callable object as target.
c2 = Collector()
tc = threading.Thread(target=c2, args=("called",))
tc.start()
tc.join()
print(c2.items)  # expect: ['called']


# A closure target updating nonlocal state under a lock.
def run_closure_threads():
    total = 0
    lock = threading.Lock()

    def bump(n):
        nonlocal total
        for _ in range(n):
            with lock:
                total += 1

    ts = []
    for n in [100, 200, 300]:
        ts.append(threading.Thread(target=bump, args=(n,)))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return total


print(run_closure_threads())  # expect: 600

# Bound methods of different instances run independently.
class Job:
    def __init__(self, n):
        self.n = n
        self.out = None

    def compute(self):
        acc = 1
        for i in range(1, self.n + 1):
            acc *= i
        self.out = acc


jobs = [Job(5), Job(10), Job(3)]
ts = []
for j in jobs:
    ts.append(threading.Thread(target=j.compute))
for t in ts:
    t.start()
for t in ts:
    t.join()
outs = []
for j in jobs:
    outs.append(j.out)
print(outs)  # expect: [120, 3628800, 6]

# A thread with no target does nothing.
empty = threading.Thread()
empty.start()
empty.join()
print(empty.is_alive())  # expect: False

# A target returning a value: the value is discarded.
def returns():
    return "ignored"


tr = threading.Thread(target=returns)
tr.start()
print(tr.join())  # expect: None

# args must match the target's signature; the error is raised inside the thread and reported on stderr.
bad = threading.Thread(target=c.add_range, args=(1,), name="bad-args")
bad.start()
bad.join()
print("after bad thread", bad.is_alive())  # expect: after bad thread False
# expect-stderr: Exception in thread bad-args:
# expect-stderr: TypeError: Collector.add_range() missing 1 required positional argument: 'hi'
