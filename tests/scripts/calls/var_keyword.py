# **kwargs collects surplus keyword arguments into a dict, in call order.
def opts(**kw):
    return kw


print(opts())  # expect: {}
print(opts(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(opts(z=1, a=2, m=3))  # expect: {'z': 1, 'a': 2, 'm': 3}
print(type(opts()).__name__)  # expect: dict


def named(a, b=2, **kw):
    return a, b, kw


print(named(1))  # expect: (1, 2, {})
print(named(1, c=3))  # expect: (1, 2, {'c': 3})
print(named(b=5, a=4, x=6))  # expect: (4, 5, {'x': 6})
print(named(1, 2, b_=3))  # expect: (1, 2, {'b_': 3})


def everything(a, *args, **kwargs):
    return a, args, kwargs


print(everything(1, 2, 3, x=4, y=5))  # expect: (1, (2, 3), {'x': 4, 'y': 5})
print(everything(a=0))  # expect: (0, (), {})

# The kwargs dict is a new dict each call; mutating it does not affect the caller.
def mutate(**kw):
    kw["added"] = True
    return kw


d = {"k": 1}
r = mutate(**d)
print(r)  # expect: {'k': 1, 'added': True}
print(d)  # expect: {'k': 1}
print(r is d)  # expect: False


# Building a string of settings.
def describe(name, **settings):
    parts = [name]
    for key in settings:
        parts.append(key + "=" + str(settings[key]))
    return " ".join(parts)


print(describe("box", width=3, height=4, color="red"))  # expect: box width=3 height=4 color=red

# Forwarding **kwargs.
def outer(**kw):
    return named(**kw)


print(outer(a="A", z="Z"))  # expect: ('A', 2, {'z': 'Z'})

# A name that matches a parameter is bound to it, not put in kwargs.
print(named(1, a_=0, b=9))  # expect: (1, 9, {'a_': 0})

# Positional argument and the same name in kwargs.
try:
    named(1, a=2)
except TypeError as e:
    print(e)  # expect: named() got multiple values for argument 'a'

# Too many positionals for a **kwargs function.
try:
    opts(1)
except TypeError as e:
    print(e)  # expect: opts() takes 0 positional arguments but 1 was given
try:
    named(1, 2, 3)
except TypeError as e:
    print(e)  # expect: named() takes from 1 to 2 positional arguments but 3 were given
