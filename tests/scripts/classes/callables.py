# __call__ makes instances callable; callable() on classes, instances and functions.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale


add3 = Adder(3)
print(add3(4))  # expect: 7
print(add3(4, scale=10))  # expect: 70
print(add3(x=1))  # expect: 4
print(add3.calls)  # expect: 3
print(callable(add3), callable(Adder), callable(Adder.__call__))  # expect: True True True


class NotCallable:
    pass


nc = NotCallable()
print(callable(nc), callable(NotCallable))  # expect: False True
try:
    nc()
except TypeError as e:
    print(e)  # expect: 'NotCallable' object is not callable

# Callable objects work anywhere functions do.
print(sorted([5, -1, 3], key=Adder(-3)))  # expect: [-1, 3, 5]
fs = [Adder(1), len, lambda v: v * 2]
out = []
for f in fs:
    try:
        out.append(f([1, 2]) if f is len else f(10))
    except TypeError as e:
        out.append(str(e))
print(out)  # expect: [11, 2, 20]

# Wrong arguments to __call__ report the method name.
try:
    add3()
except TypeError as e:
    print(e)  # expect: Adder.__call__() missing 1 required positional argument: 'x'
try:
    add3(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Adder.__call__() takes from 2 to 3 positional arguments but 4 were given


# A callable with state: a memoizing wrapper.
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


def slow_square(n):
    return n * n


ms = Memo(slow_square)
print(ms(4), ms(4), ms(5), ms.misses)  # expect: 16 16 25 2


# Calling a class is constructing; classes are callable.
def make(cls, *args):
    return cls(*args)


print(make(Adder, 10)(5))  # expect: 15
print(type(make(NotCallable)).__name__)  # expect: NotCallable


# __call__ assigned on the instance is not used; it must be on the type.
nc.__call__ = lambda: "instance attr"
print(callable(nc))  # expect: False
try:
    nc()
except TypeError as e:
    print(e)  # expect: 'NotCallable' object is not callable
print(nc.__call__())  # expect: instance attr


# A subclass inherits __call__.
class Doubler(Adder):
    def __call__(self, x):
        return super().__call__(x) * 2


print(Doubler(1)(4))  # expect: 10
