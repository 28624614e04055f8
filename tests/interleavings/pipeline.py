# A producer and a consumer hand items through a bounded queue.
import threading
import queue

q = queue.Queue(maxsize=2)

def producer():
    for i in range(4):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        print("got", item)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
