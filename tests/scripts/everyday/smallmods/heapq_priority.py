# heapq: push/pop order, heapify, pushpop/replace, nlargest/nsmallest and a task scheduler.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], len(h))  # expect: 1 6
print([heapq.heappop(h) for _ in range(len(h))])  # expect: [1, 2, 3, 5, 8, 9]

data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)  # expect: [1, 4, 2, 9, 8, 7]
print(data[0] == min(data))  # expect: True
print(heapq.heappushpop(data, 0), data[0])  # expect: 0 1
print(heapq.heappushpop(data, 5), data[0])  # expect: 1 2
print(heapq.heapreplace(data, 10), data[0])  # expect: 2 4
print(sorted(data))  # expect: [4, 5, 7, 8, 9, 10]

nums = [15, 3, 42, 8, 23, 4, 16]
print(heapq.nlargest(3, nums))  # expect: [42, 23, 16]
print(heapq.nsmallest(2, nums))  # expect: [3, 4]
print(heapq.nlargest(10, [2, 1]))  # expect: [2, 1]
print(heapq.nsmallest(0, nums))  # expect: []
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len))  # expect: ['fig', 'pear']
print(heapq.nlargest(2, words, key=len))  # expect: ['banana', 'apple']
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cid", "age": 40}]
print([p["name"] for p in heapq.nlargest(2, people, key=lambda p: p["age"])])  # expect: ['cid', 'ann']
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))  # expect: [1, 2, 3, 4, 5, 9, 10]

# a scheduler: (priority, order, task) so equal priorities keep insertion order
queue = []
order = 0
for prio, task in [(2, "write report"), (1, "fix bug"), (3, "lunch"), (1, "answer mail"), (2, "review")]:
    heapq.heappush(queue, (prio, order, task))
    order += 1
while queue:
    prio, _, task = heapq.heappop(queue)
    print(prio, task)  # expect: 1 fix bug
    # expect: 1 answer mail
    # expect: 2 write report
    # expect: 2 review
    # expect: 3 lunch

# max-heap by negating
mx = []
for x in [3, 10, 7]:
    heapq.heappush(mx, -x)
print(-heapq.heappop(mx), -mx[0])  # expect: 10 7

try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError index out of range
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError index out of range
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError '<' not supported between instances of 'str' and 'int'
