# The Ellipsis singleton `...` and bare object() instances: reprs, identity, attribute errors, sentinel use.
print(...)  # expect: Ellipsis
print(Ellipsis, repr(...), str(...))  # expect: Ellipsis Ellipsis Ellipsis
print(... is Ellipsis, ... == Ellipsis)  # expect: True True
print(type(...).__name__, type(...)() is ...)  # expect: ellipsis True
print(bool(...), hash(...) == hash(Ellipsis))  # expect: True True
print({...: "dots"}[Ellipsis])  # expect: dots
print([..., 1, ...])  # expect: [Ellipsis, 1, Ellipsis]
def todo():
    ...
print(todo())  # expect: None
class Interface:
    def method(self):
        ...
    def other(self) -> int: ...
print(Interface().method(), Interface().other())  # expect: None None
placeholder = ...
if placeholder is ...:
    print("not filled in")  # expect: not filled in
e = ...
try:
    e()
except TypeError as err:
    print(type(err).__name__, err)  # expect: TypeError 'ellipsis' object is not callable
try:
    print(e + 1)
except TypeError as err:
    print(type(err).__name__, err)  # expect: TypeError unsupported operand type(s) for +: 'ellipsis' and 'int'
try:
    type(...)(1)
except TypeError as err:
    print(type(err).__name__, err)  # expect: TypeError EllipsisType takes no arguments
# object(): each call makes a new, distinct, featureless instance
a = object()
b = object()
print(a is b, a == b, a != b, a == a)  # expect: False False True True
print(type(a).__name__, type(a) is object, bool(a))  # expect: object True True
print(isinstance(a, object), isinstance(5, object), isinstance(None, object))  # expect: True True True
print(str(a).startswith("<object object at "))  # expect: True
try:
    a.x = 1
except AttributeError as err:
    print(type(err).__name__, err)  # expect: AttributeError 'object' object has no attribute 'x'
try:
    object().name = "w"
except AttributeError as err:
    print(type(err).__name__, err)  # expect: AttributeError 'object' object has no attribute 'name'
try:
    print(a.missing)
except AttributeError as err:
    print(type(err).__name__, err)  # expect: AttributeError 'object' object has no attribute 'missing'
try:
    object(1)
except TypeError as err:
    print(type(err).__name__, err)  # expect: TypeError object() takes no arguments
print(getattr(a, "missing", "default"), hasattr(a, "x"))  # expect: default False
print(len({a: 1, b: 2}), {a: "first"}[a])  # expect: 2 first
# object() as a unique sentinel that no caller can pass by accident
_MISSING = object()
def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
print(get({"k": 1}, "k"))  # expect: 1
print(get({}, "k", None))  # expect: None
try:
    get({}, "k")
except KeyError as err:
    print(type(err).__name__, err)  # expect: KeyError 'k'
# a sentinel put on a queue to tell workers to stop
STOP = object()
jobs = [1, 2, STOP, 3]
done = []
for job in jobs:
    if job is STOP:
        break
    done.append(job * 10)
print(done)  # expect: [10, 20]
