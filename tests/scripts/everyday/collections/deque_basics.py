# deque: building, both ends, indexing, searching and the errors an empty deque raises.
from collections import deque

d = deque([1, 2, 3])
print(d)  # expect: deque([1, 2, 3])
print(len(d), d[0], d[-1], d[1])  # expect: 3 1 3 2
d.append(4)
d.appendleft(0)
print(d)  # expect: deque([0, 1, 2, 3, 4])
print(d.pop(), d.popleft())  # expect: 4 0
print(d)  # expect: deque([1, 2, 3])
d.extend([4, 5])
d.extendleft([0, -1])
print(d)  # expect: deque([-1, 0, 1, 2, 3, 4, 5])
print(3 in d, 9 in d)  # expect: True False
print(d.count(4), d.index(3))  # expect: 1 4
d.remove(4)
print(d)  # expect: deque([-1, 0, 1, 2, 3, 5])
d.reverse()
print(list(d))  # expect: [5, 3, 2, 1, 0, -1]
d[0] = 50
print(d[0], d)  # expect: 50 deque([50, 3, 2, 1, 0, -1])
total = 0
for x in d:
    total += x
print("sum", total)  # expect: sum 55
print(deque("abc"))  # expect: deque(['a', 'b', 'c'])
print(deque())  # expect: deque([])
print(deque(range(3)) == deque([0, 1, 2]), deque([1]) == [1])  # expect: True False
print(d.copy() == d, d.copy() is d)  # expect: True False
d.clear()
print(d, len(d), bool(d))  # expect: deque([]) 0 False

try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError pop from an empty deque
try:
    d.popleft()
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError pop from an empty deque
try:
    deque([1, 2]).remove(7)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError 7 is not in deque
try:
    deque([1, 2]).index(7)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError 7 is not in deque
try:
    print(deque([1, 2])[5])
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError deque index out of range

# a queue of work items processed first in, first out
jobs = deque()
for name in ["wash", "dry", "fold"]:
    jobs.append(name)
while jobs:
    job = jobs.popleft()
    print("doing", job, "left", len(jobs))  # expect: doing wash left 2
    # expect: doing dry left 1
    # expect: doing fold left 0
