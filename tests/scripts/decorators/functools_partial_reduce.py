# functools.partial and functools.reduce; docstrings and __qualname__ of functions.
import functools


def f(a, b=1, *rest, **kw):
    "Return the arguments."
    return (a, b, rest, kw)


p = functools.partial(f, 1, b=2)
print(p(), p(x=4), p(b=5))  # expect: (1, 2, (), {}) (1, 2, (), {'x': 4}) (1, 5, (), {})
print(p.func is f, p.args, p.keywords)  # expect: True (1,) {'b': 2}
print(type(p).__name__, type(p), callable(p))  # expect: partial <class 'functools.partial'> True
pp = functools.partial(p, 9, c=3)
print(pp.func is f, pp.args, pp.keywords)  # expect: True (1, 9) {'b': 2, 'c': 3}
print(functools.partial(len), functools.partial(max, 1, key=abs))  # expect: functools.partial(<built-in function len>) functools.partial(<built-in function max>, 1, key=<built-in function abs>)
print(list(map(functools.partial(pow, 2), range(5))))  # expect: [1, 2, 4, 8, 16]
try:
    functools.partial()
except TypeError as e:
    print(e)  # expect: type 'partial' takes at least one argument
try:
    functools.partial(5)
except TypeError as e:
    print(e)  # expect: the first argument must be callable
try:
    functools.partial(f)()
except TypeError as e:
    print(e)  # expect: f() missing 1 required positional argument: 'a'

print(functools.reduce(lambda x, y: x + y, [1, 2, 3]), functools.reduce(lambda x, y: x + y, [], 7))  # expect: 6 7
print(functools.reduce(lambda acc, c: c + acc, "abc", ""))  # expect: cba
print(functools.reduce(max, map(abs, [-5, 3, -9, 2])))  # expect: 9
try:
    functools.reduce(lambda x, y: x + y, [])
except TypeError as e:
    print(e)  # expect: reduce() of empty iterable with no initial value
try:
    functools.reduce(len)
except TypeError as e:
    print(e)  # expect: reduce expected at least 2 arguments, got 1

# Docstrings, and the names functools.update_wrapper copies.
print(f.__doc__)  # expect: Return the arguments.


def undocumented():
    x = "not a docstring"
    return x


print(undocumented.__doc__, undocumented.__dict__)  # expect: None {}


def outer():
    def inner():
        pass
    return inner


g = outer()
print(g.__qualname__, repr(g).startswith("<function outer.<locals>.inner at "))  # expect: outer.<locals>.inner True
g.__qualname__ = "renamed"
print(g.__qualname__, repr(g).startswith("<function renamed at "), g.__dict__)  # expect: renamed True {}
try:
    g.__qualname__ = 5
except TypeError as e:
    print(e)  # expect: __qualname__ must be set to a string object


def target(x):
    "Target doc."
    return x * 2


def shim(*args):
    return target(*args)


print(functools.update_wrapper(shim, target) is shim, shim.__name__, shim.__doc__)  # expect: True target Target doc.
print(shim.__wrapped__ is target, shim(21))  # expect: True 42
