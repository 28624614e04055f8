# Lock and RLock semantics that do not depend on the schedule.
import threading

lock = threading.Lock()
print(lock.locked())  # expect: False
print(lock.acquire())  # expect: True
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
print(lock.acquire(timeout=0.01))  # expect: False
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)  # expect: release unlocked lock
with lock:
    print("inside", lock.locked())  # expect: inside True
print(lock.locked())  # expect: False

r = threading.RLock()
with r:
    with r:
        print("nested rlock ok")  # expect: nested rlock ok
try:
    r.release()
except RuntimeError as e:
    print(e)  # expect: cannot release un-acquired lock

counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = []
for _ in range(4):
    ts.append(threading.Thread(target=add, args=(2000,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)  # expect: 8000

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))  # expect: True True False
sem.release()
print(sem.acquire(timeout=0.01))  # expect: True
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)  # expect: Semaphore released too many times
