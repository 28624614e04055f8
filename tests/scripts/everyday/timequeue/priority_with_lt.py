# PriorityQueue orders items with the script's own < (__lt__, dataclass(order=True)), threads putting and getting.
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


q = queue.PriorityQueue()
for p, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    q.put(Job(p, name))
while not q.empty():
    job = q.get()
    print(job.priority, job.name)  # expect: 1 urgent
    # expect: 1 also urgent
    # expect: 2 normal
    # expect: 3 low


class Task:
    def __init__(self, cost):
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost


tasks = queue.PriorityQueue()


def producer(costs):
    for c in costs:
        tasks.put(Task(c))


threads = [threading.Thread(target=producer, args=(cs,)) for cs in ([5, 1, 9], [4, 2, 8])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([tasks.get().cost for _ in range(6)])  # expect: [1, 2, 4, 5, 8, 9]
tasks.put(Task(1))
try:
    tasks.put(object())
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError '<' not supported between instances of 'object' and 'Task'
