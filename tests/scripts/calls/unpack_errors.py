# Error messages for bad * and ** unpacking at call sites (3.11 prefixes the module-qualified name).
def f(a=None, b=None):
    return a, b


try:
    f(*1)
except TypeError as e:
    print(e)  # expect: __main__.f() argument after * must be an iterable, not int
try:
    f(*None)
except TypeError as e:
    print(e)  # expect: __main__.f() argument after * must be an iterable, not NoneType
try:
    f(**[])
except TypeError as e:
    print(e)  # expect: __main__.f() argument after ** must be a mapping, not list
try:
    f(**None)
except TypeError as e:
    print(e)  # expect: __main__.f() argument after ** must be a mapping, not NoneType
try:
    f(**{1: 2})
except TypeError as e:
    print(e)  # expect: keywords must be strings

# Duplicate keywords that come through ** are reported with "keyword argument".
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)  # expect: __main__.f() got multiple values for keyword argument 'a'
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)  # expect: __main__.f() got multiple values for keyword argument 'a'
try:
    f(**{"b": 1}, b=2)
except TypeError as e:
    print(e)  # expect: __main__.f() got multiple values for keyword argument 'b'

# A positional plus the same name through ** is a binding error (plain name, no module).
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'a'


# Nested functions and methods show their qualified names.
def outer():
    def inner(x):
        return x

    try:
        inner(*5)
    except TypeError as e:
        print(e)
    try:
        inner(1, 2)
    except TypeError as e:
        print(e)


outer()
# expect: __main__.outer.<locals>.inner() argument after * must be an iterable, not int
# expect: outer.<locals>.inner() takes 1 positional argument but 2 were given


class K:
    def m(self, x):
        return x


try:
    K().m(**[1])
except TypeError as e:
    print(e)  # expect: __main__.K.m() argument after ** must be a mapping, not list
try:
    K().m(*3.5)
except TypeError as e:
    print(e)  # expect: __main__.K.m() argument after * must be an iterable, not float

# Builtins have no module prefix.
try:
    print(*5)
except TypeError as e:
    print(e)  # expect: print() argument after * must be an iterable, not int
try:
    len(*[1, 2], **{})
except TypeError as e:
    print(e)  # expect: len() takes exactly one argument (2 given)

# Lambdas.
lam = lambda *a: a
try:
    lam(*7)
except TypeError as e:
    print(e)  # expect: __main__.<lambda>() argument after * must be an iterable, not int

# An error raised while iterating the * argument propagates unchanged.
class Boom:
    def __iter__(self):
        raise ValueError("iteration failed")


try:
    f(*Boom())
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError iteration failed
