# isinstance, issubclass, type(x) and class names with user classes and builtins.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


class Other:
    pass


a, b, c = A(), B(), C()
print(isinstance(c, C), isinstance(c, B), isinstance(c, A))  # expect: True True True
print(isinstance(a, B), isinstance(b, C))  # expect: False False
print(isinstance(c, object), isinstance(5, object))  # expect: True True
print(isinstance(b, (Other, B)), isinstance(a, (Other, B)))  # expect: True False
print(isinstance(a, (Other, (int, A))))  # expect: True
print(isinstance(a, ()))  # expect: False
print(issubclass(C, A), issubclass(A, C), issubclass(A, A))  # expect: True False True
print(issubclass(C, (Other, B)))  # expect: True
print(issubclass(A, object), issubclass(object, A))  # expect: True False

# Builtin types.
print(issubclass(bool, int), issubclass(int, bool))  # expect: True False
print(isinstance(True, int), isinstance(1, bool))  # expect: True False
print(isinstance(3.0, (int, float)), isinstance("s", (int, float)))  # expect: True False
print(issubclass(int, object), issubclass(type, object))  # expect: True True
print(isinstance(A, type), isinstance(a, type))  # expect: True False

# type() and identity comparisons of classes.
print(type(c) is C, type(c) is B, type(c) == C)  # expect: True False True
print(type(c).__name__, C.__name__)  # expect: C C
print(type(True).__name__, type(None).__name__, type(A).__name__)  # expect: bool NoneType type
print(type(type(c)) is type)  # expect: True
print(c.__class__ is C, c.__class__.__name__)  # expect: True C
print(type(b).__bases__[0].__name__)  # expect: A

# Class names inside functions carry the enclosing qualified name.
def factory():
    class Local:
        pass
    return Local


L = factory()
print(L.__name__, L.__qualname__)  # expect: Local factory.<locals>.Local
print(isinstance(L(), L), isinstance(L(), factory()))  # expect: True False
print(L, "__qualname__" in L.__dict__)  # expect: <class '__main__.factory.<locals>.Local'> False
print(repr(L()).startswith("<__main__.factory.<locals>.Local object at "))  # expect: True

# The repr of a class (no addresses).
print(repr(A))  # expect: <class '__main__.A'>
print(str(C), int)  # expect: <class '__main__.C'> <class 'int'>
print(A.__module__)  # expect: __main__

# Errors from isinstance/issubclass with non-classes.
try:
    isinstance(a, 5)
except TypeError as e:
    print(e)  # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
try:
    issubclass(a, A)
except TypeError as e:
    print(e)  # expect: issubclass() arg 1 must be a class
try:
    issubclass(A, "A")
except TypeError as e:
    print(e)  # expect: issubclass() arg 2 must be a class, a tuple of classes, or a union

# Dispatch on type.
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, A):
        return "A-like " + type(v).__name__
    return "other"


for v in [True, 3, c, "s"]:
    print(kind(v))
# expect: bool
# expect: int
# expect: A-like C
# expect: other
