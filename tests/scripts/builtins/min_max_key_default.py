# min() and max() with key= and default=, over arguments or one iterable;
# the first of equal items wins; CPython's errors.
words = ["pear", "fig", "apple", "kiwi"]
print(max(words, key=len), min(words, key=len))  # expect: apple fig
print(max("b", "A", "c", key=str.lower), min("b", "A", "c", key=str.lower))  # expect: c A
print(max([-7, 3, 5], key=abs), min([-7, 3, -3], key=abs))  # expect: -7 3
print(max([], default="none"), min([], default=None))  # expect: none None
print(max([4], default=0), min((), key=len, default=-1))  # expect: 4 -1
print(max([1, 3, 3.0]), max([3.0, 1, 3]), min([1, 1.0, True]))  # expect: 3 3.0 1
print(max([(1, "b"), (1, "a")]), min([(1, "b"), (1, "a")]))  # expect: (1, 'b') (1, 'a')
print(max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get))  # expect: b
print(max(range(10), key=lambda n: n % 4))  # expect: 3
print(min("hello"), max("hello"))  # expect: e o


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Box(" + str(self.v) + ")"


print(max([Box(2), Box(7), Box(1)]), min(Box(2), Box(7), Box(1)))  # expect: Box(7) Box(1)


class Items:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i


print(max(Items()), min(Items(), key=lambda n: -n))  # expect: 9 9

for call in [
    lambda: max([]),
    lambda: min(()),
    lambda: max(1, 2, default=3),
    lambda: min(),
    lambda: max(5),
    lambda: max([1, "x"]),
    lambda: min([1, 2], key=lambda n: "ab"[n]),
    lambda: max([1], foo=2),
]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: max() arg is an empty sequence
# expect: ValueError: min() arg is an empty sequence
# expect: TypeError: Cannot specify a default for max() with multiple positional arguments
# expect: TypeError: min expected at least 1 argument, got 0
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: '>' not supported between instances of 'str' and 'int'
# expect: IndexError: string index out of range
# expect: TypeError: 'foo' is an invalid keyword argument for max()
