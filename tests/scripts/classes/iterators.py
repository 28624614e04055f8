# __iter__/__next__ iterator classes used by for, list(), sum(), zip and friends.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for v in Countdown(3):
    print(v)
# expect: 3
# expect: 2
# expect: 1
print(list(Countdown(5)))  # expect: [5, 4, 3, 2, 1]
print(sum(Countdown(4)))  # expect: 10
print(max(Countdown(6)), min(Countdown(6)))  # expect: 6 1
print(sorted(Countdown(3)))  # expect: [1, 2, 3]
print(tuple(Countdown(2)), list(enumerate(Countdown(2))))  # expect: (2, 1) [(0, 2), (1, 1)]
print(list(zip(Countdown(3), "abcdef")))  # expect: [(3, 'a'), (2, 'b'), (1, 'c')]
strs = []
for v in Countdown(3):
    strs.append(str(v))
print(", ".join(strs))  # expect: 3, 2, 1

# An iterator is exhausted after one pass.
it = Countdown(2)
print(list(it), list(it))  # expect: [2, 1] []

# Calling __next__ directly; StopIteration once exhausted (and again on every later call).
it = Countdown(1)
print(it.__next__())  # expect: 1
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)  # expect: StopIteration ()
try:
    it.__next__()
except StopIteration:
    print("still exhausted")  # expect: still exhausted


# An iterable whose __iter__ returns a fresh iterator can be looped twice.
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, cur, hi):
        self.cur = cur
        self.hi = hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v


r = Range2(1, 4)
print(list(r), list(r))  # expect: [1, 2, 3] [1, 2, 3]
pairs = []
for x in r:
    for y in r:
        if x < y:
            pairs.append((x, y))
print(pairs)  # expect: [(1, 2), (1, 3), (2, 3)]
print(2 in r, 7 in r)  # expect: True False

# break leaves the iterator where it stopped.
it = Countdown(5)
for v in it:
    if v == 3:
        break
print(it.__next__())  # expect: 2

# __iter__ of the iterable builds the helper iterator; errors for bad protocol implementations.
print(type(r.__iter__()).__name__)  # expect: Range2Iter


class BadIter:
    def __iter__(self):
        return 5


try:
    for v in BadIter():
        pass
except TypeError as e:
    print(e)  # expect: iter() returned non-iterator of type 'int'


class NoNext:
    def __iter__(self):
        return self


try:
    list(NoNext())
except TypeError as e:
    print(e)  # expect: iter() returned non-iterator of type 'NoNext'


# An exception other than StopIteration in __next__ propagates.
class Fails:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broke at 3")
        return self.i


got = []
try:
    for v in Fails():
        got.append(v)
except ValueError as e:
    print(got, e)  # expect: [1, 2] broke at 3
