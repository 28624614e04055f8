# getattr, setattr, hasattr and delattr on instances and classes, with defaults and errors.
class Robot:
    legs = 2

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "I am " + self.name


r = Robot("r2")
print(getattr(r, "name"))  # expect: r2
print(getattr(r, "legs"))  # expect: 2
print(getattr(r, "wheels", "none"))  # expect: none
print(getattr(r, "greet")())  # expect: I am r2
print(hasattr(r, "name"), hasattr(r, "greet"), hasattr(r, "fly"))  # expect: True True False
print(hasattr(Robot, "legs"), hasattr(Robot, "name"))  # expect: True False

setattr(r, "color", "blue")
print(r.color)  # expect: blue
setattr(r, "name", "c3po")
print(r.greet())  # expect: I am c3po
setattr(Robot, "legs", 4)
print(r.legs, Robot("x").legs)  # expect: 4 4

# Dynamic attribute names built at runtime.
for i in range(3):
    setattr(r, "slot" + str(i), i * i)
vals = []
for i in range(3):
    vals.append(getattr(r, "slot" + str(i)))
print(vals)  # expect: [0, 1, 4]

delattr(r, "color")
print(hasattr(r, "color"))  # expect: False
try:
    delattr(r, "color")
except AttributeError as e:
    print(e)  # expect: 'Robot' object has no attribute 'color'

# getattr without a default raises AttributeError with the standard message.
try:
    getattr(r, "missing")
except AttributeError as e:
    print(e)  # expect: 'Robot' object has no attribute 'missing'
try:
    getattr(Robot, "missing")
except AttributeError as e:
    print(e)  # expect: type object 'Robot' has no attribute 'missing'

# The name must be a string.
try:
    getattr(r, 5)
except TypeError as e:
    print(e)  # expect: attribute name must be string, not 'int'
try:
    setattr(r, None, 1)
except TypeError as e:
    print(e)  # expect: attribute name must be string, not 'NoneType'
try:
    hasattr(r, 1.5)
except TypeError as e:
    print(e)  # expect: attribute name must be string, not 'float'

# Builtin objects: getattr works on methods; setattr is refused.
print(getattr("abc", "upper")())  # expect: ABC
print(getattr([], "append", None) is not None)  # expect: True
print(hasattr(5, "real"), getattr(5, "real"))  # expect: True 5
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'x'
try:
    "s".foo = 1
except AttributeError as e:
    print(e)  # expect: 'str' object has no attribute 'foo'


# hasattr only swallows AttributeError; other errors from a property propagate.
class Tricky:
    @property
    def bad(self):
        raise ValueError("inside property")

    @property
    def missing(self):
        raise AttributeError("custom attr error")


t = Tricky()
print(hasattr(t, "missing"))  # expect: False
print(getattr(t, "missing", "dflt"))  # expect: dflt
try:
    hasattr(t, "bad")
except ValueError as e:
    print("ValueError", e)  # expect: ValueError inside property

# Attribute names that are not identifiers still work through setattr/getattr.
setattr(r, "has space", 1)
print(getattr(r, "has space"))  # expect: 1
print(r.__dict__["has space"])  # expect: 1

# Arity errors.
try:
    getattr(r)
except TypeError as e:
    print(e)  # expect: getattr expected at least 2 arguments, got 1
try:
    setattr(r, "a")
except TypeError as e:
    print(e)  # expect: setattr expected 3 arguments, got 2
