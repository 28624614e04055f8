# queue.LifoQueue (last in, first out) and queue.PriorityQueue (smallest first; ties broken by the next tuple item).
import queue

stack = queue.LifoQueue()
for item in ["a", "b", "c"]:
    stack.put(item)
print(stack.qsize(), stack.empty())  # expect: 3 False
print(stack.get(), stack.get(), stack.get())  # expect: c b a
print(stack.qsize(), stack.empty())  # expect: 0 True

# A LifoQueue with a maxsize is full like a Queue.
small = queue.LifoQueue(maxsize=2)
small.put(1)
small.put(2)
print(small.full(), small.maxsize)  # expect: True 2
try:
    small.put_nowait(3)
except queue.Full as e:
    print("full:", type(e).__name__)  # expect: full: Full
print(small.get_nowait())  # expect: 2

# PriorityQueue: the lowest value comes out first.
pq = queue.PriorityQueue()
for n in [5, 1, 4, 1, 3]:
    pq.put(n)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)  # expect: [1, 1, 3, 4, 5]

# (priority, task) tuples: equal priorities are ordered by the task.
tasks = queue.PriorityQueue()
tasks.put((2, "write report"))
tasks.put((1, "fix bug"))
tasks.put((3, "lunch"))
tasks.put((1, "answer email"))
tasks.put((2, "review"))
print(tasks.qsize())  # expect: 5
while not tasks.empty():
    priority, name = tasks.get()
    print(priority, name)
# expect: 1 answer email
# expect: 1 fix bug
# expect: 2 review
# expect: 2 write report
# expect: 3 lunch

# A counter keeps insertion order among ties and avoids comparing the payloads.
jobs = queue.PriorityQueue()
counter = 0
for prio, payload in [(1, {"id": "x"}), (0, {"id": "y"}), (1, {"id": "z"})]:
    jobs.put((prio, counter, payload))
    counter += 1
print([jobs.get()[2]["id"] for _ in range(3)])  # expect: ['y', 'x', 'z']

# Without the counter, a tie makes Python compare the dicts.
bad = queue.PriorityQueue()
bad.put((1, {"id": "a"}))
try:
    bad.put((1, {"id": "b"}))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError '<' not supported between instances of 'dict' and 'dict'

# Negated priorities give the largest first.
top = queue.PriorityQueue()
for score, who in [(70, "ann"), (95, "bob"), (82, "cy")]:
    top.put((-score, who))
print([top.get()[1] for _ in range(3)])  # expect: ['bob', 'cy', 'ann']
try:
    top.get_nowait()
except queue.Empty as e:
    print(type(e).__name__, repr(str(e)))  # expect: Empty ''
