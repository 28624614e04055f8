# Starred assignment targets, list and tuple displays with *, dict displays with **, and dict | merging.
first, *rest = [1, 2, 3]
print(first, rest)  # expect: 1 [2, 3]
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
head, *middle, tail = range(6)
print(head, middle, tail)  # expect: 0 [1, 2, 3, 4] 5
for name, *scores in [("ann", 3, 4), ("bob",)]:
    print(name, scores)  # expect: ann [3, 4]
    # expect: bob []
[only, *none] = (7,)
print(only, none)  # expect: 7 []


def split_job(job):
    kind, *args = job.split()
    return kind, args


print(split_job("copy a b"))  # expect: ('copy', ['a', 'b'])
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError not enough values to unpack (expected at least 2, got 1)
try:
    x, *y = 5
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError cannot unpack non-iterable int object

xs = [1, 2]
print([*xs, 3], (*xs, 4), [*"ab", *range(2)], (*xs,))  # expect: [1, 2, 3] (1, 2, 4) ['a', 'b', 0, 1] (1, 2)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Value after * must be an iterable, not int

defaults = {"host": "localhost", "port": 80}
overrides = {"port": 8080}
print({**defaults, **overrides})  # expect: {'host': 'localhost', 'port': 8080}
print({"debug": True, **defaults, "port": 1})  # expect: {'debug': True, 'host': 'localhost', 'port': 1}
print(defaults | overrides, overrides | defaults)  # expect: {'host': 'localhost', 'port': 8080} {'port': 80, 'host': 'localhost'}
settings = dict(defaults)
settings |= {"user": "me"}
print(settings)  # expect: {'host': 'localhost', 'port': 80, 'user': 'me'}
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError 'list' object is not a mapping


class Config:
    def __init__(self):
        self.workers = 4
        self.verbose = False


print({**Config().__dict__, "extra": 1})  # expect: {'workers': 4, 'verbose': False, 'extra': 1}
