# *args collects surplus positional arguments into a tuple.
def collect(*args):
    return args


print(collect())  # expect: ()
print(collect(1))  # expect: (1,)
print(collect(1, "two", [3]))  # expect: (1, 'two', [3])
print(type(collect(1, 2)).__name__)  # expect: tuple


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))  # expect: (1, ())
print(head_tail(1, 2, 3))  # expect: (1, (2, 3))


def with_default(a, b=10, *rest):
    return a, b, rest


print(with_default(1))  # expect: (1, 10, ())
print(with_default(1, 2))  # expect: (1, 2, ())
print(with_default(1, 2, 3, 4))  # expect: (1, 2, (3, 4))


# A variadic sum and max.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total(), total(5), total(1, 2, 3, 4))  # expect: 0 5 10


def biggest(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best


print(biggest(3, 9, 2, 7))  # expect: 9

# Forwarding *args to another function.
def forward(*args):
    return collect(*args)


print(forward(1, 2, 3))  # expect: (1, 2, 3)


def log_call(name, *args):
    parts = []
    for a in args:
        parts.append(repr(a))
    return name + "(" + ", ".join(parts) + ")"


print(log_call("f", 1, "x", None))  # expect: f(1, 'x', None)
print(log_call("g"))  # expect: g()

# The args tuple is a fresh tuple; it cannot be modified in place.
def try_modify(*args):
    try:
        args[0] = 5
    except TypeError as e:
        return str(e)


print(try_modify(1))  # expect: 'tuple' object does not support item assignment

# Missing the required leading parameter.
try:
    head_tail()
except TypeError as e:
    print(e)  # expect: head_tail() missing 1 required positional argument: 'first'

# Keyword arguments for a *args function are rejected when unknown.
try:
    collect(1, x=2)
except TypeError as e:
    print(e)  # expect: collect() got an unexpected keyword argument 'x'

# A parameter before *args can still be passed by keyword, but then positionals conflict.
print(head_tail(first=5))  # expect: (5, ())
try:
    head_tail(1, 2, first=3)
except TypeError as e:
    print(e)  # expect: head_tail() got multiple values for argument 'first'
