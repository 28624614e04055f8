# threading.local: each thread sees only its own attributes.
import threading

data = threading.local()
print(type(data).__name__)  # expect: _local
try:
    data.x
except AttributeError as e:
    print(e)  # expect: '_thread._local' object has no attribute 'x'
data.x = "main"
data.items = []

lock = threading.Lock()
seen = []

def work(k):
    try:
        data.x
        seen.append(f"{k} sees main's x")
    except AttributeError as e:
        seen.append(f"{k} {e}")
    data.x = k
    data.items = [k] * (k + 1)
    for _ in range(1000):
        data.items.append(data.x)
    with lock:
        seen.append(f"{k} x={data.x} items={len(data.items)}")

ts = []
for k in range(3):
    ts.append(threading.Thread(target=work, args=(k,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
for entry in sorted(seen):
    print(entry)
# expect: 0 '_thread._local' object has no attribute 'x'
# expect: 0 x=0 items=1001
# expect: 1 '_thread._local' object has no attribute 'x'
# expect: 1 x=1 items=1002
# expect: 2 '_thread._local' object has no attribute 'x'
# expect: 2 x=2 items=1003
print(data.x, data.items)  # expect: main []

del data.x
try:
    del data.x
except AttributeError as e:
    print(e)  # expect: '_thread._local' object has no attribute 'x'
try:
    threading.local(1)
except TypeError as e:
    print(e)  # expect: Initialization arguments are not supported
