# Plain decorators: wrapping, replacing, returning the original, and @ vs manual application.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper


@shout
def greet(name, punct=""):
    return "hello " + name + punct


print(greet("ann"))  # expect: HELLO ANN!
print(greet("bob", punct="?"))  # expect: HELLO BOB?!
print(greet.__name__)  # expect: wrapper


# The same thing without @ syntax.
def plain(name):
    return "hi " + name


manual = shout(plain)
print(manual("cat"), plain("cat"))  # expect: HI CAT! hi cat


# A decorator that runs code at definition time and returns the function unchanged.
registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


@register
def alpha():
    return "a"


@register
def beta():
    return "b"


print(registry)  # expect: ['alpha', 'beta']
print(alpha(), beta(), alpha.__name__)  # expect: a b alpha


# A decorator that logs around the call.
def trace(fn):
    def wrapper(*args):
        print("call", fn.__name__, args)
        result = fn(*args)
        print("done", fn.__name__, "->", result)
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


x = add(2, 3)
# expect: call add (2, 3)
# expect: done add -> 5
print(x)  # expect: 5


# Recursion through the decorated name goes through the wrapper each time.
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(3)
# expect: call fact (3,)
# expect: call fact (2,)
# expect: call fact (1,)
# expect: done fact -> 1
# expect: done fact -> 2
# expect: done fact -> 6


# A decorator can replace the function with any object.
def to_value(fn):
    return fn()


@to_value
def answer():
    return 42


print(answer, type(answer).__name__)  # expect: 42 int


# A decorator that swallows exceptions and returns a default.
def safe(fn):
    def wrapper(*args):
        try:
            return fn(*args)
        except Exception as e:
            return "error: " + type(e).__name__
    return wrapper


@safe
def divide(a, b):
    return a / b


print(divide(6, 3), divide(1, 0))  # expect: 2.0 error: ZeroDivisionError

# The decorator expression is any expression evaluating to a callable.
decorators = {"loud": shout}


@decorators["loud"]
def whisper():
    return "psst"


print(whisper())  # expect: PSST!

# A decorator that is not callable fails at definition time.
try:
    @5
    def broken():
        pass
except TypeError as e:
    print(e)  # expect: 'int' object is not callable
