# heapq.merge with key= and reverse=, heapify's exact layout, nlargest/nsmallest ties, and the list-only errors.
import heapq

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))  # expect: [0, 1, 2, 3, 4, 5, 6, 7]
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))  # expect: [6, 5, 3, 2, 1]
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))  # expect: ['kiwi', 'apple', 'fig', 'banana']
print(list(heapq.merge([(2, "b"), (1, "z")], [(2, "a"), (0, "y")], key=lambda p: p[0], reverse=True)))  # expect: [(2, 'b'), (2, 'a'), (1, 'z'), (0, 'y')]
print(list(heapq.merge([], [1], [])), list(heapq.merge()))  # expect: [1] []
merged = heapq.merge([1, 4], [2, 3])
print(next(merged), next(merged), list(merged))  # expect: 1 2 [3, 4]

# equal keys keep the order of the inputs they came from
first = [(1, "first-a"), (2, "first-b")]
second = [(1, "second-a"), (2, "second-b")]
print([name for _, name in heapq.merge(first, second, key=lambda p: p[0])])  # expect: ['first-a', 'second-a', 'first-b', 'second-b']

h = list(range(10, 0, -1))
heapq.heapify(h)
print(h)  # expect: [1, 2, 4, 3, 6, 5, 8, 10, 7, 9]
h = [5, 5, 5, 1, 1]
heapq.heapify(h)
print(h)  # expect: [1, 1, 5, 5, 5]
print(heapq.heappop(h), h)  # expect: 1 [1, 5, 5, 5]

words = ["bb", "a", "cc", "d", "ee"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))  # expect: ['a', 'd', 'bb'] ['bb', 'cc', 'ee']
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))  # expect: ['a'] ['bb']
print(heapq.nsmallest(1, []), heapq.nlargest(-3, [1, 2]))  # expect: [] []
print(heapq.nlargest(3, iter([4, 1, 3, 2])), heapq.nsmallest(2, "hello"))  # expect: [4, 3, 2] ['e', 'h']

# k-way merge of sorted logs by timestamp
logs_a = [(1, "a: boot"), (5, "a: ready")]
logs_b = [(2, "b: boot"), (3, "b: ready"), (9, "b: stop")]
for stamp, message in heapq.merge(logs_a, logs_b):
    print(stamp, message)  # expect: 1 a: boot
    # expect: 2 b: boot
    # expect: 3 b: ready
    # expect: 5 a: ready
    # expect: 9 b: stop

# a running median with two heaps
low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)  # expect: [5, 10.0, 5, 4.0, 5, 6.0]

for bad in [(), None, "abc"]:
    try:
        heapq.heappush(bad, 1)
    except TypeError as e:
        print(e)  # expect: heappush() argument 1 must be list, not tuple
        # expect: heappush() argument 1 must be list, not None
        # expect: heappush() argument 1 must be list, not str
try:
    heapq.heapify((3, 1))
except TypeError as e:
    print(e)  # expect: heapify() argument must be list, not tuple
try:
    heapq.heappop({})
except TypeError as e:
    print(e)  # expect: heappop() argument must be list, not dict
