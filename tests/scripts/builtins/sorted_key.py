# sorted() and list.sort() with key= and reverse=: stable, keys computed
# once per item, any callable as the key, errors from the key propagate.
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=len))  # expect: ['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']
print(sorted(words, key=len, reverse=True))  # expect: ['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']
print(sorted(["b", "A", "c", "B", "a"], key=str.lower))  # expect: ['A', 'a', 'b', 'B', 'c']
print(sorted([-3, 1, -2, 2, 0], key=abs))  # expect: [0, 1, -2, 2, -3]
print(sorted([-3, 1, -2, 2, 0], key=abs, reverse=True))  # expect: [-3, -2, 2, 1, 0]
print(sorted(words, key=lambda w: w[-1]))  # expect: ['banana', 'apple', 'date', 'fig', 'kiwi', 'pear']
print(sorted("Hello World", key=str.isupper))  # expect: ['e', 'l', 'l', 'o', ' ', 'o', 'r', 'l', 'd', 'H', 'W']
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda p: p[0]))  # expect: [(1, 'z'), (2, 'b'), (2, 'a')]
print(sorted(words, key=None, reverse=False))  # expect: ['apple', 'banana', 'date', 'fig', 'kiwi', 'pear']
pairs = {"x": 3, "y": 1, "z": 2}
print(sorted(pairs, key=pairs.get))  # expect: ['y', 'z', 'x']
print(sorted(pairs.items(), key=lambda kv: kv[1], reverse=True))  # expect: [('x', 3), ('z', 2), ('y', 1)]

calls = []


def traced(x):
    calls.append(x)
    return -x


print(sorted([3, 1, 2], key=traced), calls)  # expect: [3, 2, 1] [3, 1, 2]

xs = [5, 3, 9, 1]
print(xs.sort(key=lambda x: x % 3), xs)  # expect: None [3, 9, 1, 5]
xs.sort(reverse=True)
print(xs)  # expect: [9, 5, 3, 1]
xs.sort(key=str, reverse=True)
print(xs)  # expect: [9, 5, 3, 1]

# Stability: equal keys keep their order, reversed or not.
recs = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25)]
print(sorted(recs, key=lambda r: r[1]))  # expect: [('bob', 25), ('dee', 25), ('ann', 30), ('cid', 30)]
print(sorted(recs, key=lambda r: r[1], reverse=True))  # expect: [('ann', 30), ('cid', 30), ('bob', 25), ('dee', 25)]


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))  # expect: [v0.9, v1.0, v1.2]
print(sorted([Version(1, 2), Version(0, 9)], key=lambda v: v.minor))  # expect: [v1.2, v0.9]


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(sorted(Countdown(4)), sorted(Countdown(3), reverse=True))  # expect: [0, 1, 2, 3] [2, 1, 0]


def boom(x):
    raise ValueError("bad key " + str(x))


try:
    sorted([2, 1], key=boom)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: bad key 2
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
# expect: '<' not supported between instances of 'str' and 'int'
try:
    sorted([Version(1, 0), 3])
except TypeError as e:
    print(e)
# expect: '<' not supported between instances of 'int' and 'Version'
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print(e)
# expect: object of type 'int' has no len()
try:
    [3, 1].sort(len)
except TypeError as e:
    print(e)
# expect: sort() takes no positional arguments
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
# expect: 'cmp' is an invalid keyword argument for sort()
try:
    sorted()
except TypeError as e:
    print(e)
# expect: sorted expected 1 argument, got 0
