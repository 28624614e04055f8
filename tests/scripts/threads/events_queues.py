# Event, Condition and Queue hand-offs between threads.
import threading
import queue

ready = threading.Event()
print(ready.is_set(), ready.wait(0.01))  # expect: False False
def setter():
    ready.set()
t = threading.Thread(target=setter)
t.start()
print(ready.wait())  # expect: True
t.join()
ready.clear()
print(ready.is_set())  # expect: False

q = queue.Queue()
def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)
def consumer(out):
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)
got = []
p = threading.Thread(target=producer, args=(500,))
c = threading.Thread(target=consumer, args=(got,))
p.start()
c.start()
p.join()
c.join()
q.join()
print(len(got), sum(got), got == sorted(got))  # expect: 500 124750 True

small = queue.Queue(maxsize=1)
small.put("a")
print(small.full(), small.qsize())  # expect: True 1
try:
    small.put("b", timeout=0.01)
except queue.Full:
    print("full")  # expect: full
print(small.get_nowait())  # expect: a
try:
    small.get_nowait()
except queue.Empty:
    print("empty")  # expect: empty
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print(e)  # expect: task_done() called too many times

cond = threading.Condition()
box = []
def waiter():
    with cond:
        while not box:
            cond.wait()
        box.append("seen")
w = threading.Thread(target=waiter)
w.start()
with cond:
    box.append("item")
    cond.notify_all()
w.join()
print(box)  # expect: ['item', 'seen']
with cond:
    print(cond.wait(0.01))  # expect: False
