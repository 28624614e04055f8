# Sleeping threads release the GIL, so five 0.2 s sleeps overlap.
import threading
import time

def nap():
    time.sleep(0.2)

start = time.perf_counter()
ts = []
for _ in range(5):
    ts.append(threading.Thread(target=nap))
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - start
print(elapsed < 0.9)  # expect: True
