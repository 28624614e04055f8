# threading.local(): each thread sees its own attributes; the main thread's value is unchanged.
import threading

data = threading.local()
data.name = "main"
data.items = ["main-item"]

results = {}
results_lock = threading.Lock()


def worker(tag):
    # A new thread starts with no attributes on the local object.
    try:
        data.name
        before = "visible"
    except AttributeError as e:
        before = str(e)
    data.name = tag
    data.items = []
    for i in range(3):
        data.items.append(tag + str(i))
    print_later = (before, data.name, list(data.items), hasattr(data, "extra"))
    with results_lock:
        results[tag] = print_later


threads = []
for tag in ["x", "y", "z"]:
    threads.append(threading.Thread(target=worker, args=(tag,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
for tag in sorted(results):
    print(tag, results[tag])
# expect: x ("'_thread._local' object has no attribute 'name'", 'x', ['x0', 'x1', 'x2'], False)
# expect: y ("'_thread._local' object has no attribute 'name'", 'y', ['y0', 'y1', 'y2'], False)
# expect: z ("'_thread._local' object has no attribute 'name'", 'z', ['z0', 'z1', 'z2'], False)
print(data.name, data.items)  # expect: main ['main-item']

# getattr with a default and hasattr on a local.
print(getattr(data, "missing", "default"), hasattr(data, "name"))  # expect: default True
try:
    data.missing
except AttributeError as e:
    print(e)  # expect: '_thread._local' object has no attribute 'missing'


# A subclass of local with __init__: __init__ runs again in each thread that touches it.
class Session(threading.local):
    def __init__(self, user):
        self.user = user
        self.hits = 0

    def hit(self):
        self.hits += 1
        return self.hits


session = Session("default")
session.user = "admin"
session.hit()
seen = []
seen_lock = threading.Lock()


def use_session(n):
    for _ in range(n):
        session.hit()
    with seen_lock:
        seen.append((n, session.user, session.hits))


ts = []
for n in [2, 5, 1]:
    ts.append(threading.Thread(target=use_session, args=(n,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
seen.sort()
print(seen)  # expect: [(1, 'default', 1), (2, 'default', 2), (5, 'default', 5)]
print(session.user, session.hits)  # expect: admin 1

# del removes a per-thread attribute only for the current thread.
data.temp = 1
del data.temp
print(hasattr(data, "temp"))  # expect: False
try:
    del data.temp
except AttributeError as e:
    print(e)  # expect: '_thread._local' object has no attribute 'temp'
