# Decorators that count calls, via nonlocal and via function attributes (function __dict__).
def counted(fn):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args)

    def get_calls():
        return calls

    wrapper.get_calls = get_calls
    return wrapper


@counted
def double(x):
    return x * 2


double(1)
double(2)
print(double(3), double.get_calls())  # expect: 6 3


# Counting through an attribute on the wrapper function.
def counting(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counting
def greet(name):
    return "hi " + name


@counting
def noop():
    return None


print(greet.calls, noop.calls)  # expect: 0 0
greet("a")
greet("b")
noop()
print(greet.calls, noop.calls)  # expect: 2 1

# Function attributes live in __dict__.
print(greet.__dict__)  # expect: {'calls': 2}


def plain():
    return 1


print(plain.__dict__)  # expect: {}
plain.tag = "t"
plain.count = 0
plain.count += 5
print(plain.tag, plain.count, plain.__dict__)  # expect: t 5 {'tag': 't', 'count': 5}
print(hasattr(plain, "tag"), hasattr(plain, "nope"))  # expect: True False
print(getattr(plain, "nope", "default"))  # expect: default
try:
    plain.nope
except AttributeError as e:
    print(e)  # expect: 'function' object has no attribute 'nope'
del plain.tag
print(plain.__dict__)  # expect: {'count': 5}


# A function can count its own calls through its global name.
def self_counter():
    self_counter.n += 1
    return self_counter.n


self_counter.n = 0
self_counter()
self_counter()
print(self_counter())  # expect: 3


# Memoization via a dict stored as a function attribute.
def memo(fn):
    def wrapper(n):
        if n not in wrapper.cache:
            wrapper.cache[n] = fn(n)
        else:
            wrapper.hits += 1
        return wrapper.cache[n]
    wrapper.cache = {}
    wrapper.hits = 0
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache), fib.hits)  # expect: 832040 31 28

# Setting an attribute on a bound method is an error.
class K:
    def m(self):
        pass


try:
    K().m.flag = True
except AttributeError as e:
    print(e)  # expect: 'method' object has no attribute 'flag'
