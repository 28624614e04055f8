# The `_thread` module of old examples: locks from allocate_lock() and
# threads started with a function and a tuple of arguments.
import _thread as thread
import time

lock = thread.allocate_lock()
with lock:
    print("locked:", lock.locked())
# expect: locked: True
print(thread.LockType, type(lock) is thread.LockType, thread.error)
# expect: <class '_thread.lock'> True <class 'RuntimeError'>

done = []
mutex = thread.allocate_lock()


def child(n, tag="x"):
    with mutex:
        done.append((n, tag))


for i in range(3):
    thread.start_new_thread(child, (i,), {"tag": "k"})

# The main thread waits by polling, as such examples do: nothing joins
# these threads.
while True:
    with mutex:
        if len(done) == 3:
            break
    time.sleep(0.01)
print(sorted(done))
# expect: [(0, 'k'), (1, 'k'), (2, 'k')]

try:
    thread.start_new_thread(child, [1])
except TypeError as e:
    print(e)
# expect: 2nd arg must be a tuple
print(isinstance(thread.get_ident(), int))
# expect: True
