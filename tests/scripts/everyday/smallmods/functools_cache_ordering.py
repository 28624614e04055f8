# functools: total_ordering, lru_cache with cache_info/cache_clear, and cache.
from functools import total_ordering, lru_cache, cache

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)  # expect: True False True False False True
print(Version(2, 0) >= Version(2, 0), Version(2, 0) <= Version(1, 9))  # expect: True False
print(sorted([Version(2, 0), a, b, Version(0, 9)]))  # expect: [v0.9, v1.2, v1.10, v2.0]
print(max([a, b]), min([a, b]))  # expect: v1.10 v1.2

calls = []

@lru_cache(maxsize=128)
def fib(n):
    calls.append(n)
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))  # expect: 832040 31
print(fib.cache_info())  # expect: CacheInfo(hits=28, misses=31, maxsize=128, currsize=31)
print(fib(30), len(calls))  # expect: 832040 31
print(fib.cache_info())  # expect: CacheInfo(hits=29, misses=31, maxsize=128, currsize=31)
fib.cache_clear()
print(fib.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)  # expect: 0 0 128 0

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for x in [1, 2, 1, 3, 1, 2]:
    print(square(x))  # expect: computing 1
    # expect: 1
    # expect: computing 2
    # expect: 4
    # expect: 1
    # expect: computing 3
    # expect: 9
    # expect: 1
    # expect: computing 2
    # expect: 4
print(square.cache_info())  # expect: CacheInfo(hits=2, misses=4, maxsize=2, currsize=2)

@lru_cache
def plain(x):
    return -x

print(plain(3), plain(3), plain.cache_info())  # expect: -3 -3 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)

@cache
def count_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)

print(count_paths(10, 10))  # expect: 48620
print(count_paths.cache_info())  # expect: CacheInfo(hits=64, misses=99, maxsize=None, currsize=99)

@lru_cache(maxsize=None)
def add(a, b=0):
    return a + b

print(add(1, 2), add(1, b=2), add(1, 2), add.cache_info())  # expect: 3 3 3 CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
try:
    add([1], [2])
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'list'
