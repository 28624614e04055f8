# Everything that shows an address, from the main thread and from workers.
# Under --seed every run must print the same bytes.
import queue
import threading


def f():
    pass


def gen():
    yield 1


class Point:
    pass


q = queue.Queue()
print(f, lambda: 0, gen(), iter([1]), iter(range(2)), map(str, []))
print(id(f) == id(f), hex(id(f)), hex(id(q)), hex(id([])), hex(id("text" * 3)))
print(q, [].append, Point(), object(), threading.Lock(), threading.Event())


def worker(n):
    q.put((n, repr(Point()), repr(gen()), hex(id(threading.current_thread()))))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
while not q.empty():
    print(q.get())
