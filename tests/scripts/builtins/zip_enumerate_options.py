# zip(strict=True) and enumerate(start=), over built-in and user iterables.
print(list(zip([1, 2], "ab", strict=True)))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip(strict=True)), list(zip([1], strict=False)))  # expect: [] [(1,)]
print(list(enumerate("abc", start=1)), list(enumerate("xy", 10)))  # expect: [(1, 'a'), (2, 'b'), (3, 'c')] [(10, 'x'), (11, 'y')]
print(list(enumerate([], start=5)), list(enumerate("ab", start=-2)))  # expect: [] [(-2, 'a'), (-1, 'b')]
print(list(enumerate("ab", start=True)))  # expect: [(1, 'a'), (2, 'b')]


class Upto:
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


print(list(enumerate(Upto(3), start=100)))  # expect: [(100, 1), (101, 2), (102, 3)]
print(list(zip(Upto(2), "ab", strict=True)))  # expect: [(1, 'a'), (2, 'b')]
for args in [([1, 2], [3]), ([1], [3, 4]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: ValueError: zip() argument 3 is shorter than arguments 1-2
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
try:
    list(zip(Upto(3), "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: zip() argument 2 is shorter than argument 1
try:
    list(zip("ab", Upto(3), strict=True))
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: zip() argument 2 is longer than argument 1

# Items already produced come out before the error.
pairs = []
try:
    for p in zip("abc", [1, 2], strict=True):
        pairs.append(p)
except ValueError as e:
    print(pairs, e)
# expect: [('a', 1), ('b', 2)] zip() argument 2 is shorter than argument 1
try:
    zip([1], fill=0)
except TypeError as e:
    print(e)
# expect: 'fill' is an invalid keyword argument for zip()
try:
    enumerate("ab", start="1")
except TypeError as e:
    print(e)
# expect: 'str' object cannot be interpreted as an integer
try:
    enumerate()
except TypeError as e:
    print(e)
# expect: enumerate() missing required argument 'iterable'
