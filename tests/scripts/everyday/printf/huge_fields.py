# Fields too large to allocate or convert are Python errors, never a crash; time's field checks; a __hash__ that stores an attribute.
import time
from collections import deque

try:
    "%*d" % (2**40, 1)
except MemoryError as e:
    print(type(e).__name__)  # expect: MemoryError
try:
    "%.*d" % (2**40, 1)
except OverflowError as e:
    print(type(e).__name__, e)  # expect: OverflowError Python int too large to convert to C int
try:
    time.mktime((10**14, 1, 1, 0, 0, 0, 0, 1, 0))
except OverflowError as e:
    print(type(e).__name__)  # expect: OverflowError
d = deque([1, 2, 3])
d.rotate(-2**63)
print(d)  # expect: deque([3, 1, 2])


class Counted:
    def __init__(self):
        self.n = 0

    def __hash__(self):
        self.n += 1
        return 7


print(hash(Counted()))  # expect: 7
