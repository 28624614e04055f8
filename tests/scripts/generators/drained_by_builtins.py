# Builtins that consume a generator (sum, list, tuple, sorted, max, join)
# let it run on past its yields while they only collect or add numbers:
# what the generator and the consumer print must still come in CPython's
# order, and errors must surface where CPython raises them.


def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i


print(sum(noisy(3)))
# expect: yield 0
# expect: yield 1
# expect: yield 2
# expect: 3
print(list(noisy(2)), tuple(x * 10 for x in noisy(2)))
# expect: yield 0
# expect: yield 1
# expect: yield 0
# expect: yield 1
# expect: [0, 1] (0, 10)


class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add", self.v, other)
        return Loud(self.v + other)

    def __radd__(self, other):
        print("radd", other, self.v)
        return Loud(other + self.v)


def mixed():
    print("yield 1")
    yield 1
    print("yield 2")
    yield 2
    print("yield Loud")
    yield Loud(10)
    print("yield 3")
    yield 3


# The numbers may be added ahead; the instance's __radd__ and __add__ run
# when CPython runs them, between the generator's prints.
print(sum(mixed()).v)
# expect: yield 1
# expect: yield 2
# expect: yield Loud
# expect: radd 3 10
# expect: yield 3
# expect: add 13 3
# expect: 16
print(sum(noisy(2), Loud(100)).v)
# expect: yield 0
# expect: add 100 0
# expect: yield 1
# expect: add 100 1
# expect: 101


# An error inside the generator surfaces from the consumer, after the
# generator's own output.
def fails_at(k):
    for i in range(5):
        if i == k:
            raise ValueError("item %d" % i)
        yield i


for consume in (sum, list, sorted, max):
    try:
        consume(fails_at(3))
    except ValueError as e:
        print(consume.__name__, e)
# expect: sum item 3
# expect: list item 3
# expect: sorted item 3
# expect: max item 3

# A non-number stops the adding where CPython stops.
try:
    sum(v for v in [1, 2, "three", 4])
except TypeError as e:
    print(e)
# expect: unsupported operand type(s) for +: 'int' and 'str'


# The generator's `finally` runs when it ends, before the result is used.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


print(list(guarded()), sum(guarded()))
# expect: finally
# expect: finally
# expect: [1, 2] 3


# A generator drained by list() may itself sum another generator.
def outer():
    for i in range(3):
        yield sum(x for x in range(i + 1))


print(list(outer()), "".join(str(x) for x in outer()))
# expect: [0, 1, 3] 013


# It is running all along, as when resumed one item at a time.
def running():
    yield me.gi_running
    yield me.gi_running


me = running()
print(list(me), sum(x * 1.5 for x in range(4)))
# expect: [True, True] 9.0
