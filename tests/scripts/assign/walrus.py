# Assignment expressions (`name := value`, PEP 572): the value is stored
# and is the expression's value.
import queue

data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
# expect: long 4

# The loop a consumer thread runs: take until the sentinel.
q = queue.Queue()
for job in ["a", "b", None]:
    q.put(job)
while (job := q.get()) is not None:
    print("job", job)
# expect: job a
# expect: job b
print(job)
# expect: None

# Unparenthesized where Python allows it.
if m := 5:
    print("m", m)
elif z := 0:
    pass
# expect: m 5
print(len(s := "abc"), s)
# expect: 3 abc
print((a := 1, 2), a, [b := 3, b + 1])
# expect: (1, 2) 1 [3, 4]

# In a comprehension the name belongs to the enclosing scope: the module...
print([y for x in range(5) if (y := x * 2) > 4], y)
# expect: [6, 8] 8
print([last := x for x in "abc"], last)
# expect: ['a', 'b', 'c'] c


# ... or the enclosing function, as a variable its comprehensions share.
def running_totals(xs):
    total = 0
    sums = [(total := total + x) for x in xs]
    return sums, total


print(running_totals([1, 2, 3, 4]))
# expect: ([1, 3, 6, 10], 10)


def first_big(xs):
    if any((hit := x) > 2 for x in xs):
        return hit
    return None


print(first_big([1, 5, 2]), first_big([1, 2]))
# expect: 5 None


def nested():
    rows = [[(cell := i * j) for j in range(3)] for i in range(3)]
    return rows, cell


print(nested())
# expect: ([[0, 0, 0], [0, 1, 2], [0, 2, 4]], 4)


def closure():
    f = lambda: (inner := 10) + 1
    return f(), "inner" in dir()


print(closure())
# expect: (11, False)

counter = 0


def bump_global():
    global counter
    [counter := counter + 1 for _ in range(3)]
    return counter


print(bump_global(), counter)
# expect: 3 3
