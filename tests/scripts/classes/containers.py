# __len__, __contains__, __getitem__ and __setitem__, including iteration via __getitem__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]


b = Bag([10, 20, 30])
print(len(b))  # expect: 3
print(20 in b, 25 in b, 25 not in b)  # expect: True False True
print(b[0], b[-1])  # expect: 10 30
print(b[0:2])  # expect: [10, 20]
b[1] = 99
print(b.items)  # expect: [10, 99, 30]
del b[0]
print(b.items, len(b))  # expect: [99, 30] 2
try:
    b[5]
except IndexError as e:
    print(e)  # expect: list index out of range

# Iteration falls back to __getitem__ with 0, 1, 2, ... until IndexError.
b = Bag("abc")
for ch in b:
    print(ch)
# expect: a
# expect: b
# expect: c
print(list(b), tuple(b))  # expect: ['a', 'b', 'c'] ('a', 'b', 'c')


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i


print(list(Squares()), sum(Squares()))  # expect: [0, 1, 4, 9, 16] 30
print(9 in Squares(), 10 in Squares())  # expect: True False
print(sorted(Squares(), reverse=True))  # expect: [16, 9, 4, 1, 0]


# A mapping-like class with string keys.
class Registry:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __len__(self):
        return len(self.data)


r = Registry()
r["a"] = 1
r["b"] = 2
r["a"] += 10
print(r["a"], len(r))  # expect: 11 2
try:
    r["zz"]
except KeyError as e:
    print(repr(e))  # expect: KeyError('zz')

# __len__ must return a non-negative int.
class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


try:
    len(BadLen(-1))
except ValueError as e:
    print(e)  # expect: __len__() should return >= 0
try:
    len(BadLen("x"))
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer

# Missing protocol methods give type-based errors.
class Nothing:
    pass


try:
    len(Nothing())
except TypeError as e:
    print(e)  # expect: object of type 'Nothing' has no len()
try:
    Nothing()[0]
except TypeError as e:
    print(e)  # expect: 'Nothing' object is not subscriptable
try:
    for v in Nothing():
        pass
except TypeError as e:
    print(e)  # expect: 'Nothing' object is not iterable
try:
    3 in Nothing()
except TypeError as e:
    print(e)  # expect: argument of type 'Nothing' is not iterable
try:
    Squares()[0] = 1
except TypeError as e:
    print(e)  # expect: 'Squares' object does not support item assignment
