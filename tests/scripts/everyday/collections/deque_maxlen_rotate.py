# deque with maxlen drops items from the opposite end; rotate moves items around.
from collections import deque

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3))  # expect: [0]
    # expect: [0, 1]
    # expect: [0, 1, 2]
    # expect: [1, 2, 3]
    # expect: [2, 3, 4]
    # expect: [3, 4, 5]
print(last3)  # expect: deque([3, 4, 5], maxlen=3)
print(last3.maxlen, deque([1, 2]).maxlen)  # expect: 3 None
last3.appendleft(99)
print(last3)  # expect: deque([99, 3, 4], maxlen=3)
last3.extend([7, 8])
print(last3)  # expect: deque([4, 7, 8], maxlen=3)
last3.extendleft([-1, -2])
print(last3)  # expect: deque([-2, -1, 4], maxlen=3)
print(deque("abcdef", maxlen=2))  # expect: deque(['e', 'f'], maxlen=2)
print(deque([], maxlen=0))  # expect: deque([], maxlen=0)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))  # expect: deque([], maxlen=0) 0

r = deque(range(1, 6))
r.rotate(1)
print(r)  # expect: deque([5, 1, 2, 3, 4])
r.rotate(-2)
print(r)  # expect: deque([2, 3, 4, 5, 1])
r.rotate(0)
print(r)  # expect: deque([2, 3, 4, 5, 1])
r.rotate(7)
print(r)  # expect: deque([5, 1, 2, 3, 4])
r.rotate()
print(r)  # expect: deque([4, 5, 1, 2, 3])
empty = deque()
empty.rotate(3)
print(empty)  # expect: deque([])

# moving average over a sliding window
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        if len(window) == n:
            out.append(sum(window) / n)
    return out

print(moving_average([40, 30, 50, 46, 39, 44], 3))  # expect: [40.0, 42.0, 45.0, 43.0]

# tail of a list of lines
lines = ["line " + str(i) for i in range(10)]
print(list(deque(lines, maxlen=2)))  # expect: ['line 8', 'line 9']
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError maxlen must be non-negative
