# queue.Empty / queue.Full with get_nowait, put_nowait, block=False and timeouts; qsize/empty/full; queue.SimpleQueue.
import queue

q = queue.Queue(maxsize=3)
print(q.maxsize, q.qsize(), q.empty(), q.full())  # expect: 3 0 True False
for i in range(3):
    q.put_nowait(i * 10)
print(q.qsize(), q.empty(), q.full())  # expect: 3 False True

try:
    q.put_nowait(99)
except queue.Full:
    print("put_nowait: Full")  # expect: put_nowait: Full
try:
    q.put(99, block=False)
except queue.Full:
    print("put(block=False): Full")  # expect: put(block=False): Full
try:
    q.put(99, timeout=0.01)
except queue.Full:
    print("put(timeout=0.01): Full")  # expect: put(timeout=0.01): Full

print(q.get_nowait(), q.get(), q.get(block=False))  # expect: 0 10 20
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")  # expect: get_nowait: Empty
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("get(timeout=0.01): Empty")  # expect: get(timeout=0.01): Empty

# Empty and Full are ordinary Exception subclasses.
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))  # expect: True True
print(queue.Empty.__name__, queue.Full.__name__)  # expect: Empty Full

# A negative timeout is refused.
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError 'timeout' must be a non-negative number

# maxsize 0 (the default) or negative means unbounded.
big = queue.Queue()
for i in range(1000):
    big.put(i)
print(big.qsize(), big.full(), big.maxsize)  # expect: 1000 False 0
neg = queue.Queue(maxsize=-1)
neg.put(1)
neg.put(2)
print(neg.full(), neg.qsize())  # expect: False 2

# SimpleQueue: unbounded FIFO without task_done/join/full.
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())  # expect: True 0
sq.put("x")
sq.put_nowait("y")
sq.put("z", block=False)
print(sq.qsize(), sq.empty())  # expect: 3 False
print(sq.get(), sq.get_nowait(), sq.get(timeout=0.01))  # expect: x y z
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue: Empty")  # expect: SimpleQueue: Empty
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue timeout: Empty")  # expect: SimpleQueue timeout: Empty
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "full"))  # expect: False False False

# task_done() called more often than items were put.
tq = queue.Queue()
tq.put("only")
tq.get()
tq.task_done()
try:
    tq.task_done()
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError task_done() called too many times
