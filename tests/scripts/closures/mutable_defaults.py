# Default values are evaluated once, when def runs: mutable defaults accumulate.
def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1))  # expect: [1]
print(append_to(2))  # expect: [1, 2]
print(append_to(3, []))  # expect: [3]
print(append_to(4))  # expect: [1, 2, 4]
print(append_to.__defaults__)  # expect: ([1, 2, 4],)


# The None idiom gives a fresh list on each call.
def append_fresh(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_fresh(1))  # expect: [1]
print(append_fresh(2))  # expect: [2]


# A default dict used as a cache persists between calls.
def cached_square(n, cache={}):
    if n in cache:
        return "hit " + str(cache[n])
    cache[n] = n * n
    return "miss " + str(cache[n])


print(cached_square(4))  # expect: miss 16
print(cached_square(4))  # expect: hit 16
print(cached_square(5))  # expect: miss 25
print(len(cached_square.__defaults__[0]))  # expect: 2

# Default expressions are evaluated at def time: later rebinding has no effect.
base = 10


def add_base(x, b=base):
    return x + b


base = 1000
print(add_base(1))  # expect: 11

# Defaults are evaluated left to right when def executes.
order = []


def note(v):
    order.append(v)
    return v


def with_defaults(a=note("a"), b=note("b"), c=note("c")):
    return a + b + c


print(order)  # expect: ['a', 'b', 'c']
print(with_defaults(), with_defaults("x"))  # expect: abc xbc
print(order)  # expect: ['a', 'b', 'c']


# Each execution of a nested def gets its own default objects.
def factory():
    def inner(acc=[]):
        acc.append(len(acc))
        return acc
    return inner


f1 = factory()
f2 = factory()
f1()
f1()
print(f1(), f2())  # expect: [0, 1, 2] [0]

# Keyword-only defaults live in __kwdefaults__.
def kw(a, *, b=[], c=5):
    b.append(a)
    return b, c


kw(1)
print(kw(2))  # expect: ([1, 2], 5)
print(kw.__kwdefaults__)  # expect: {'b': [1, 2], 'c': 5}
print(add_base.__defaults__)  # expect: (10,)


def none_defaults(a):
    return a


print(none_defaults.__defaults__, none_defaults.__kwdefaults__)  # expect: None None
