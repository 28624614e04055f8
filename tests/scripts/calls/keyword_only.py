# Keyword-only parameters after * or *args, with and without defaults, and their errors.
def f(a, *, k):
    return a, k


print(f(1, k=2))  # expect: (1, 2)
print(f(k=2, a=1))  # expect: (1, 2)


def g(a, *, k=5, m):
    return a, k, m


print(g(1, m=3))  # expect: (1, 5, 3)
print(g(1, m=3, k=4))  # expect: (1, 4, 3)


def h(*args, sep="-"):
    return sep.join(args)


print(h("a", "b", "c"))  # expect: a-b-c
print(h("a", "b", sep="+"))  # expect: a+b
print(h())  # expect:


def only_kw(*, x, y=0):
    return x + y


print(only_kw(x=1), only_kw(y=2, x=1))  # expect: 1 3

# Missing keyword-only argument(s).
try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required keyword-only argument: 'k'


def three(*, a, b, c):
    pass


try:
    three()
except TypeError as e:
    print(e)  # expect: three() missing 3 required keyword-only arguments: 'a', 'b', and 'c'
try:
    three(b=1)
except TypeError as e:
    print(e)  # expect: three() missing 2 required keyword-only arguments: 'a' and 'c'

# Passing a keyword-only argument positionally.
try:
    f(1, 2)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 were given
try:
    f(1, 2, k=3)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
try:
    g(1, 2, 3, m=1, k=2)
except TypeError as e:
    print(e)  # expect: g() takes 1 positional argument but 3 positional arguments (and 2 keyword-only arguments) were given
try:
    only_kw(1)
except TypeError as e:
    print(e)  # expect: only_kw() takes 0 positional arguments but 1 was given


def mixed(a, b=1, *, c=2):
    return a, b, c


try:
    mixed(1, 2, 3)
except TypeError as e:
    print(e)  # expect: mixed() takes from 1 to 2 positional arguments but 3 were given
try:
    mixed(1, 2, 3, c=4)
except TypeError as e:
    print(e)  # expect: mixed() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given

# Missing positional is reported before missing keyword-only.
try:
    g(m=1)
except TypeError as e:
    print(e)  # expect: g() missing 1 required positional argument: 'a'

# Unexpected keyword.
try:
    f(1, k=2, z=3)
except TypeError as e:
    print(e)  # expect: f() got an unexpected keyword argument 'z'

print(f.__kwdefaults__, g.__kwdefaults__)  # expect: None {'k': 5}
