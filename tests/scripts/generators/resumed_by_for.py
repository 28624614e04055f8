# A `for` loop over a generator resumes its frame in the same dispatch
# loop as the loop itself: values, handlers, errors and reentry must all
# behave as when the generator is resumed by next().
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


total = 0
for x in evens(numbers(10)):
    total += x
print(total)
# expect: 20

# A pipeline three generators deep, read by a comprehension.
print([x * 3 for x in (y for y in evens(numbers(9)))])
# expect: [0, 6, 12, 18, 24]


# The generator's frame is on the frame chain while it runs.
def where():
    yield sys._getframe(1).f_code.co_name


def caller():
    for name in where():
        return name


print(caller())
# expect: caller


# Handlers inside the generator survive each suspension.
def guarded():
    for k in range(3):
        try:
            if k == 1:
                raise KeyError(k)
            yield k
        except KeyError as e:
            yield "caught " + repr(e)
        finally:
            print("finally", k)


for v in guarded():
    print(v)
# expect: 0
# expect: finally 0
# expect: caught KeyError(1)
# expect: finally 1
# expect: 2
# expect: finally 2


# An exception escaping the generator goes on in the loop that runs it.
def fails():
    yield 1
    raise ValueError("inside")


try:
    for v in fails():
        print(v)
except ValueError as e:
    print("loop saw", e)
# expect: 1
# expect: loop saw inside


# StopIteration raised in a generator becomes a RuntimeError (PEP 479).
def leaks():
    yield 1
    raise StopIteration


try:
    for v in leaks():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
# expect: RuntimeError generator raised StopIteration StopIteration


# A generator cannot iterate itself, whoever resumed it.
def itself():
    yield 1
    for x in me:
        yield x


me = itself()
try:
    for v in me:
        print(v, me.gi_running)
except ValueError as e:
    print(e)
# expect: 1 False
# expect: generator already executing


def running():
    yield me2.gi_running


me2 = running()
for v in me2:
    print(v)
# expect: True


# A finished generator ends a second loop at once.
g = numbers(2)
print(list(g), [x for x in g])
# expect: [0, 1] []

# A loop left by `break` leaves the generator paused, to resume later.
g = numbers(5)
for x in g:
    if x == 2:
        break
print(next(g), list(g))
# expect: 3 [4]
