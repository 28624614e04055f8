# AttributeError and method-call TypeError wording for instances, classes and wrong arity.
class C:
    cls_attr = 1

    def __init__(self, x):
        self.x = x

    def m(self):
        return "m"

    def two(self, a, b=0):
        return a + b


c = C(5)
try:
    c.y
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute 'y'
try:
    C.y
except AttributeError as e:
    print(e)  # expect: type object 'C' has no attribute 'y'
try:
    C.x
except AttributeError as e:
    print(e)  # expect: type object 'C' has no attribute 'x'
# A bound method forwards attribute lookups to its function, so the message names 'function'.
try:
    c.m.nothing
except AttributeError as e:
    print(e)  # expect: 'function' object has no attribute 'nothing'
try:
    del c.cls_attr
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute 'cls_attr'
try:
    None.foo
except AttributeError as e:
    print(e)  # expect: 'NoneType' object has no attribute 'foo'
try:
    [].push(1)
except AttributeError as e:
    print(e)  # expect: 'list' object has no attribute 'push'

# Constructor arity.
try:
    C()
except TypeError as e:
    print(e)  # expect: C.__init__() missing 1 required positional argument: 'x'
try:
    C(1, 2)
except TypeError as e:
    print(e)  # expect: C.__init__() takes 2 positional arguments but 3 were given
try:
    C(y=1)
except TypeError as e:
    print(e)  # expect: C.__init__() got an unexpected keyword argument 'y'

# Method arity (self counts as a positional argument).
try:
    c.m(1)
except TypeError as e:
    print(e)  # expect: C.m() takes 1 positional argument but 2 were given
try:
    C.m()
except TypeError as e:
    print(e)  # expect: C.m() missing 1 required positional argument: 'self'
try:
    c.two()
except TypeError as e:
    print(e)  # expect: C.two() missing 1 required positional argument: 'a'
try:
    c.two(1, 2, 3)
except TypeError as e:
    print(e)  # expect: C.two() takes from 2 to 3 positional arguments but 4 were given
try:
    c.two(1, a=2)
except TypeError as e:
    print(e)  # expect: C.two() got multiple values for argument 'a'


# A method defined without self.
class NoSelf:
    def oops():
        return "no self"


print(NoSelf.oops())  # expect: no self
try:
    NoSelf().oops()
except TypeError as e:
    print(e)  # expect: NoSelf.oops() takes 0 positional arguments but 1 was given


# Errors in nested classes show the full qualified name.
class Outer:
    class Inner:
        def f(self, v):
            return v


try:
    Outer.Inner().f()
except TypeError as e:
    print(e)  # expect: Outer.Inner.f() missing 1 required positional argument: 'v'
try:
    Outer.Inner().g
except AttributeError as e:
    print(e)  # expect: 'Inner' object has no attribute 'g'

# AttributeError is caught by its base classes too.
try:
    c.zzz
except Exception as e:
    print(type(e).__name__, isinstance(e, AttributeError))  # expect: AttributeError True


# Attribute error inside a method names the missing attribute.
class Partial:
    def __init__(self):
        self.a = 1

    def total(self):
        return self.a + self.b


try:
    Partial().total()
except AttributeError as e:
    print(e)  # expect: 'Partial' object has no attribute 'b'
