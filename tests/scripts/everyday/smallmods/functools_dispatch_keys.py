# functools: singledispatch, cmp_to_key, total_ordering from other roots, and lru_cache's typed/maxsize=0/method forms.
from functools import singledispatch, total_ordering, cmp_to_key, lru_cache, wraps

@singledispatch
def describe(x):
    return "something: " + repr(x)

@describe.register(int)
def _(x):
    return "an int: " + str(x)

@describe.register(list)
def _(x):
    return "a list of " + str(len(x))

class Shape:
    pass

class Square(Shape):
    pass

@describe.register(Shape)
def _(x):
    return "a shape: " + type(x).__name__

print(describe(3))  # expect: an int: 3
print(describe(True))  # expect: an int: True
print(describe([1, 2]))  # expect: a list of 2
print(describe(Square()))  # expect: a shape: Square
print(describe(2.5))  # expect: something: 2.5
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(str) is describe.registry[object])  # expect: True True
try:
    describe()
except TypeError as e:
    print(e)  # expect: describe requires at least 1 positional argument

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents

print(Money(1) < Money(2), Money(2) <= Money(2), Money(1) >= Money(3), Money(5) > Money(4))  # expect: True True False True
print(Money.__lt__.__name__, Money.__le__.__name__)  # expect: __lt__ __le__

@total_ordering
class Level:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Level) and self.n == other.n

    def __ge__(self, other):
        if not isinstance(other, Level):
            return NotImplemented
        return self.n >= other.n

print(Level(1) < Level(2), Level(3) <= Level(2), Level(2) > Level(2))  # expect: True False False
try:
    Level(1) < 5
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Level' and 'int'
try:
    @total_ordering
    class Plain:
        pass
except ValueError as e:
    print(e)  # expect: must define at least one ordering operation: < > <= >=

def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

print(sorted(["bb", "a", "ccc", "aa", "c"], key=cmp_to_key(by_length_then_reverse)))  # expect: ['c', 'a', 'bb', 'aa', 'ccc']
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min("hello", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))  # expect: 1 e

@lru_cache(maxsize=3, typed=True)
def square(x):
    print("computing", x)
    return x * x

print(square(2), square(2.0), square(2))  # expect: computing 2
# expect: computing 2.0
# expect: 4 4.0 4
print(square.cache_info(), square.cache_parameters())  # expect: CacheInfo(hits=1, misses=2, maxsize=3, currsize=2) {'maxsize': 3, 'typed': True}
hits, misses, maxsize, currsize = square.cache_info()
print(hits, misses, maxsize, currsize, square.cache_info()[1], len(square.cache_info()))  # expect: 1 2 3 2 2 4

@lru_cache(maxsize=0)
def never(x):
    return x

print(never(1), never(1), never.cache_info())  # expect: 1 1 CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)

@lru_cache(maxsize=-1)
def negative(x):
    return x

print(negative(1), negative.cache_info())  # expect: 1 CacheInfo(hits=0, misses=1, maxsize=0, currsize=0)
try:
    lru_cache("big")
except TypeError as e:
    print(e)  # expect: Expected first argument to be an integer, a callable, or None

class Repo:
    @lru_cache(maxsize=None)
    def load(self, key):
        print("loading", key)
        return key.upper()

repo = Repo()
print(repo.load("a"), repo.load("a"), Repo.load.cache_info())  # expect: loading a
# expect: A A CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
print(square.__name__, square.__wrapped__(5))  # expect: computing 5
# expect: square 25

@lru_cache(maxsize=None)
def total(a, b=1, *, c=2):
    return a + b + c

print(total(1), total(1, c=2), total(a=1), total(1), total.cache_info())  # expect: 4 4 4 4 CacheInfo(hits=1, misses=3, maxsize=None, currsize=3)

def logged(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper

@logged
@lru_cache
def double(x):
    return 2 * x

print(double(4), double(4), double.__wrapped__.cache_info(), double.__name__)  # expect: 8 8 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1) double
