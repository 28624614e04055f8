# map and filter: lazy iterators, several iterables, filter(None, ...), and
# the iterators and comparisons of built-ins over instances.
def square(x):
    return x * x


print(list(map(square, [1, 2, 3])))  # expect: [1, 4, 9]
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))  # expect: [11, 22]
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))  # expect: [1, 'a', [0]]
print(list(filter(lambda n: n % 2, range(7))))  # expect: [1, 3, 5]
print(type(map(square, [])).__name__, type(filter(None, [])).__name__)  # expect: map filter

# Lazy: nothing runs until an item is asked for, and an item once.
calls = []


def noisy(x):
    calls.append(x)
    return x + 1


m = map(noisy, [1, 2, 3])
print(calls)  # expect: []
print(next(m), calls)  # expect: 2 [1]
print(list(m), calls)  # expect: [3, 4] [1, 2, 3]
print(list(m))  # expect: []
print(next(m, "done"))  # expect: done

# Iterators compose: map of filter of enumerate, zip of maps, in a for loop.
for i, v in map(lambda p: (p[0], p[1] * 10), filter(lambda p: p[0] != 1, enumerate("abc"))):
    print(i, v)
# expect: 0 aaaaaaaaaa
# expect: 2 cccccccccc
print(list(zip(map(str, range(3)), filter(None, [0, 5, 6, 7]))))  # expect: [('0', 5), ('1', 6), ('2', 7)]
print(sum(map(square, range(4))), max(map(len, ["a", "abc", "ab"])))  # expect: 14 3
print(sorted(map(lambda s: s.upper(), ["b", "a"])), ",".join(map(str, [1, 2])))  # expect: ['A', 'B'] 1,2
print(3 in map(square, [1, 2, 3]), 2 in map(square, [1, 2, 3]))  # expect: False False
print(4 in map(square, [1, 2, 3]))  # expect: True
a, b = map(int, ["4", "5"])
print(a + b)  # expect: 9
print(dict(map(lambda k: (k, len(k)), ["ab", "c"])))  # expect: {'ab': 2, 'c': 1}
print(list(enumerate(map(square, [3, 4]), 1)))  # expect: [(1, 9), (2, 16)]


# A user iterator inside map and filter.
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(map(square, Count(3))), list(filter(lambda x: x > 1, Count(3))))  # expect: [1, 4, 9] [2, 3]
print(list(map(lambda a, b: a * b, Count(5), [10, 20])))  # expect: [10, 40]


# An exception in the function propagates from the step that ran it.
def bad(x):
    if x == 2:
        raise ValueError("no twos")
    return x


m = map(bad, [1, 2, 3])
print(next(m))  # expect: 1
try:
    next(m)
except ValueError as e:
    print("ValueError", e)  # expect: ValueError no twos
print(next(m))  # expect: 3

# Errors.
try:
    map(square)
except TypeError as e:
    print(e)  # expect: map() must have at least two arguments.
try:
    map(square, 5)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
try:
    filter(None)
except TypeError as e:
    print(e)  # expect: filter expected 2 arguments, got 1
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)  # expect: 'int' object is not callable


# Containers of instances compare with their __eq__ and __lt__.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"P({self.v})"


print([P(1), P(2)] == [P(1), P(2)], (P(1),) == (P(2),))  # expect: True False
print([P(1), P(2)] != [P(1), P(2)], {"k": P(1)} == {"k": P(1)})  # expect: False True
print([P(1), P(3)] < [P(1), P(4)], (P(2),) > (P(1),))  # expect: True True
print((1, P(2)) in [(1, P(2))], [P(5)] in [[P(5)]])  # expect: True True
print([P(1), P(2)].index(P(2)), (P(1), P(1)).count(P(1)))  # expect: 1 2
xs = [P(1), P(2), P(3)]
xs.remove(P(2))
print(xs)  # expect: [P(1), P(3)]
try:
    xs.index(P(9))
except ValueError as e:
    print(e)  # expect: P(9) is not in list


def local_compare(left, right):
    if left == right:
        return "same"
    return "different"


print(local_compare([P(1)], [P(1)]), local_compare([P(1)], [P(2)]))  # expect: same different


def local_in(item, seq):
    return item in seq


print(local_in((P(1),), [(P(1),)]), local_in(P(3), [P(1), P(3)]))  # expect: True True


# reversed() of a class with __len__ and __getitem__, or __reversed__.
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "xyz"[i]


class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])


print(list(reversed(Seq())), list(reversed(Rev())), type(reversed(Seq())).__name__)  # expect: ['z', 'y', 'x'] [3, 2, 1] reversed
print(type(iter(Seq())).__name__, list(iter(Seq())))  # expect: iterator ['x', 'y', 'z']
try:
    reversed(Count(1))
except TypeError as e:
    print(e)  # expect: 'Count' object is not reversible
print(dict([Seq(), "ab"]) if False else dict(zip(Seq(), Count(3))))  # expect: {'x': 1, 'y': 2, 'z': 3}
