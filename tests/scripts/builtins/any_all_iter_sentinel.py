# any() and all() stop at the deciding item; iter(callable, sentinel);
# reversed(), divmod(), sum(start=) and map() over several iterables.
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Counter(10)
print(any(c), c.i)  # expect: True 1
c = Counter(10)
print(all(c), c.i)  # expect: True 10
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))  # expect: False True False True
print(any(map(lambda x: x > 2, [1, 5])))  # expect: True
c = Counter(10)
print(any(map(lambda x: x > 3, c)), c.i, next(c))  # expect: True 4 5

state = [0]


def tick():
    state[0] += 1
    return state[0]


print(list(iter(tick, 5)))  # expect: [1, 2, 3, 4]
it = iter(tick, 8)
print(next(it), next(it), next(it, "done"), next(it, "done"))  # expect: 6 7 done done
print(type(iter(tick, 0)).__name__)  # expect: callable_iterator
lines = ["a", "b", "", "c"]
print(list(iter(lambda: lines.pop(0), "")))  # expect: ['a', 'b']
try:
    iter(5, 0)
except TypeError as e:
    print(e)
# expect: iter(v, w): v must be callable


def limited():
    if state[0] > 20:
        raise StopIteration
    state[0] += 5
    return state[0]


print(list(iter(limited, -1)))  # expect: [13, 18, 23]

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))  # expect: [3, 2, 1] ['c', 'b', 'a'] [2, 1, 0]
print(list(reversed((1, 2))))  # expect: [2, 1]


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


class NoLen:
    def __getitem__(self, i):
        return i


print(list(reversed(Seq())))  # expect: ['c', 'b', 'a']
for bad in [NoLen(), 5, Counter(2)]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
# expect: object of type 'NoLen' has no len()
# expect: 'int' object is not reversible
# expect: 'Counter' object is not reversible

print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))  # expect: (3, 1) (-4, 1) (-4, -1) (3.0, 1.5) (-4.0, 0.5)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
# expect: integer division or modulo by zero
print(sum([1, 2, 3], 10), sum([1, 2], start=0.5), sum([[1], [2]], []), sum((), start=7))  # expect: 16 3.5 [1, 2] 7
print(sum([0.1] * 10), sum(Counter(4)), sum(range(5), start=-10))  # expect: 0.9999999999999999 10 0
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
# expect: sum() can't sum strings [use ''.join(seq) instead]
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(map(pow, [2, 3, 4], [3, 2, 1], [5, 5, 5])))  # expect: [3, 4, 4]
print(list(map(lambda a, b, c: a + b + str(c), "ab", "cd", Counter(5))))  # expect: ['ac1', 'bd2']
