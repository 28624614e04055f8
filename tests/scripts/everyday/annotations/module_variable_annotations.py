# Module-level annotated assignments: __annotations__, bare annotations leave the name unbound, evaluation order.
x: int = 5
y: str
count: "int" = 0
print(x, count)  # expect: 5 0
print(__annotations__)  # expect: {'x': <class 'int'>, 'y': <class 'str'>, 'count': 'int'}
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)  # expect: NameError name 'y' is not defined
print("y" in __annotations__)  # expect: True
y = "now bound"
print(y)  # expect: now bound
# re-annotating replaces the entry but keeps its position
x: float = 2.5
print(x, __annotations__)  # expect: 2.5 {'x': <class 'float'>, 'y': <class 'str'>, 'count': 'int'}
# the value is evaluated first, then the annotation
def note(tag):
    print("eval", tag)
    return tag
z: note("annotation") = note("value")  # expect: eval value
# expect: eval annotation
print(__annotations__["z"])  # expect: annotation
# annotations of attribute and subscript targets are evaluated but not stored
class Box:
    pass
b = Box()
b.size: note("attr annotation") = 3  # expect: eval attr annotation
d = {}
d["key"]: note("subscript annotation") = 4  # expect: eval subscript annotation
print(b.size, d)  # expect: 3 {'key': 4}
print(sorted(__annotations__))  # expect: ['count', 'x', 'y', 'z']
# a parenthesised name is not a simple target: not stored either
(w): note("paren annotation") = 7  # expect: eval paren annotation
print(w, "w" in __annotations__)  # expect: 7 False
# the annotated value can be any expression, including a tuple
pair: tuple = 1, 2
print(pair)  # expect: (1, 2)
# an undefined name in a module-level annotation raises NameError
try:
    bad: NotDefinedAnywhere = 1
except NameError as e:
    print(type(e).__name__, e)  # expect: NameError name 'NotDefinedAnywhere' is not defined
print("bad" in __annotations__, bad)  # expect: False 1
try:
    b.other: NotDefinedEither
except NameError as e:
    print(type(e).__name__, e)  # expect: NameError name 'NotDefinedEither' is not defined
# annotated assignment inside control flow still runs at module level
for i in range(2):
    loop_var: int = i * 10
print(loop_var, __annotations__["loop_var"])  # expect: 10 <class 'int'>
if True:
    inside_if: list = [1]
print(inside_if, __annotations__["inside_if"])  # expect: [1] <class 'list'>
# __annotations__ is an ordinary dict
print(type(__annotations__).__name__, len(__annotations__))  # expect: dict 7
