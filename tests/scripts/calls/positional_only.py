# Positional-only parameters before /, and their interplay with keywords and **kwargs.
def p(a, b, /, c):
    return a, b, c


print(p(1, 2, 3))  # expect: (1, 2, 3)
print(p(1, 2, c=3))  # expect: (1, 2, 3)


def q(a, b=20, /, c=30, *, d=40):
    return a, b, c, d


print(q(1))  # expect: (1, 20, 30, 40)
print(q(1, 2))  # expect: (1, 2, 30, 40)
print(q(1, 2, 3, d=4))  # expect: (1, 2, 3, 4)
print(q(1, c=3))  # expect: (1, 20, 3, 40)

# Passing positional-only parameters by keyword is an error.
try:
    p(1, b=2, c=3)
except TypeError as e:
    print(e)  # expect: p() got some positional-only arguments passed as keyword arguments: 'b'
try:
    p(a=1, b=2, c=3)
except TypeError as e:
    print(e)  # expect: p() got some positional-only arguments passed as keyword arguments: 'a, b'
try:
    q(1, b=2)
except TypeError as e:
    print(e)  # expect: q() got some positional-only arguments passed as keyword arguments: 'b'

# With **kwargs, a positional-only name may appear as a keyword: it lands in kwargs.
def pk(a, /, **kw):
    return a, kw


print(pk(1, a=2))  # expect: (1, {'a': 2})
print(pk(1, b=2, a=3))  # expect: (1, {'b': 2, 'a': 3})

# Missing and surplus positional-only arguments.
try:
    p(1)
except TypeError as e:
    print(e)  # expect: p() missing 2 required positional arguments: 'b' and 'c'
try:
    p(1, 2, 3, 4)
except TypeError as e:
    print(e)  # expect: p() takes 3 positional arguments but 4 were given
try:
    q()
except TypeError as e:
    print(e)  # expect: q() missing 1 required positional argument: 'a'


# Only positional-only parameters.
def only(x, y, /):
    return x * y


print(only(6, 7))  # expect: 42
try:
    only(6, y=7)
except TypeError as e:
    print(e)  # expect: only() got some positional-only arguments passed as keyword arguments: 'y'


# Builtins are often positional-only too.
try:
    len(obj=[1])
except TypeError as e:
    print(e)  # expect: len() takes no keyword arguments


# Unpacking at the call site fills positional-only parameters.
args = (3, 4)
print(only(*args))  # expect: 12
print(q(*[7, 8], **{"c": 9, "d": 10}))  # expect: (7, 8, 9, 10)
