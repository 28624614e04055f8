# collections.abc names checked with isinstance/issubclass on builtin values.
from collections.abc import Iterable, Iterator, Mapping, Sequence, Callable
from collections.abc import Hashable, Sized, Container, Generator, MutableMapping
import collections.abc

def gen():
    yield 1

def f():
    return 0

values = [("list", [1]), ("tuple", (1,)), ("dict", {}), ("str", "s"), ("int", 3),
          ("gen", gen()), ("func", f), ("range", range(2)), ("iter", iter([1]))]
names = ["Iterable", "Iterator", "Mapping", "Sequence", "Callable",
         "Hashable", "Sized", "Container", "Generator", "MutableMapping"]
abcs = [Iterable, Iterator, Mapping, Sequence, Callable,
        Hashable, Sized, Container, Generator, MutableMapping]
for label, value in values:
    hits = [n for n, a in zip(names, abcs) if isinstance(value, a)]
    print(label, hits)  # expect: list ['Iterable', 'Sequence', 'Sized', 'Container']
    # expect: tuple ['Iterable', 'Sequence', 'Hashable', 'Sized', 'Container']
    # expect: dict ['Iterable', 'Mapping', 'Sized', 'Container', 'MutableMapping']
    # expect: str ['Iterable', 'Sequence', 'Hashable', 'Sized', 'Container']
    # expect: int ['Hashable']
    # expect: gen ['Iterable', 'Iterator', 'Hashable', 'Generator']
    # expect: func ['Callable', 'Hashable']
    # expect: range ['Iterable', 'Sequence', 'Hashable', 'Sized', 'Container']
    # expect: iter ['Iterable', 'Iterator', 'Hashable']

print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(dict, Mapping))  # expect: True False True
print(isinstance(len, Callable), isinstance(int, Callable), isinstance(lambda: 1, Callable))  # expect: True True True
print(isinstance({}.keys(), Iterable), isinstance(set(), collections.abc.Set))  # expect: True True

class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

b = Bag([1, 2])
print(isinstance(b, Sized), isinstance(b, Iterable), isinstance(b, Container))  # expect: True True True
print(isinstance(b, Iterator), isinstance(b, Sequence), isinstance(b, Hashable))  # expect: False False True

def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, str):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

print(flatten([1, [2, (3, "ab")], range(4, 6)]))  # expect: [1, 2, 3, 'ab', 4, 5]
