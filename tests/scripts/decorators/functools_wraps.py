# functools.wraps copies __name__, __qualname__, __doc__ and __wrapped__ onto the wrapper.
import functools


def plain_deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def wrapped_deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@plain_deco
def one():
    "Doc of one."
    return 1


@wrapped_deco
def two():
    "Doc of two."
    return 2


print(one.__name__, one.__doc__)  # expect: wrapper None
print(two.__name__, two.__doc__)  # expect: two Doc of two.
print(one.__qualname__)  # expect: plain_deco.<locals>.wrapper
print(two.__qualname__)  # expect: two
print(two(), two.__wrapped__())  # expect: 2 2
print(two.__wrapped__ is not two)  # expect: True


# wraps on a method keeps the method's qualified name.
class Service:
    @wrapped_deco
    def run(self, x):
        "Run it."
        return x + 1


print(Service.run.__name__, Service.run.__qualname__)  # expect: run Service.run
print(Service().run(41))  # expect: 42


# wraps copies the function's __dict__ into the wrapper.
def original():
    return "o"


original.marker = "kept"
w = wrapped_deco(original)
print(w.marker, w())  # expect: kept o


# A decorator with arguments using wraps.
def tag(label):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return label + ":" + str(fn(*args))
        return wrapper
    return decorator


@tag("sum")
def add(a, b):
    "Add two numbers."
    return a + b


print(add(2, 3), add.__name__, add.__doc__)  # expect: sum:5 add Add two numbers.


# Stacked wraps decorators: the outermost __wrapped__ points to the next layer.
@tag("outer")
@tag("inner")
def val():
    return 7


print(val(), val.__name__)  # expect: outer:inner:7 val
print(val.__wrapped__())  # expect: inner:7
print(val.__wrapped__.__wrapped__())  # expect: 7

# Errors raised by the wrapped function pass through the wrapper unchanged.
@wrapped_deco
def fails(n):
    raise ValueError("bad n " + str(n))


try:
    fails(3)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError bad n 3
print(fails.__module__)  # expect: __main__
