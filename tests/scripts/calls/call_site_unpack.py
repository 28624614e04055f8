# f(*xs) and f(**d) at the call site: mixing, multiple unpackings and any iterable.
def show(a, b, c, d=None):
    return a, b, c, d


xs = [1, 2, 3]
print(show(*xs))  # expect: (1, 2, 3, None)
print(show(0, *xs[:2]))  # expect: (0, 1, 2, None)
print(show(*xs, 4))  # expect: (1, 2, 3, 4)
print(show(*[1], *(2, 3)))  # expect: (1, 2, 3, None)
print(show(*"abc"))  # expect: ('a', 'b', 'c', None)
print(show(*range(4)))  # expect: (0, 1, 2, 3)
print(show(*{"k1": 0, "k2": 0, "k3": 0}))  # expect: ('k1', 'k2', 'k3', None)

d = {"c": 30, "d": 40}
print(show(1, 2, **d))  # expect: (1, 2, 30, 40)
print(show(**{"a": 1, "b": 2, "c": 3}))  # expect: (1, 2, 3, None)
print(show(1, **{"b": 2}, c=3))  # expect: (1, 2, 3, None)
print(show(*[1, 2], **{"d": 4}, c=3))  # expect: (1, 2, 3, 4)
print(show(**{"a": 1}, **{"b": 2}, **{"c": 3}))  # expect: (1, 2, 3, None)


# Collected again on the other side.
def gather(*args, **kwargs):
    return args, kwargs


print(gather(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))  # expect: ((1, 2, 3, 4), {'x': 1, 'y': 2, 'z': 3})
print(gather(*[], **{}))  # expect: ((), {})

# Unpacking a dict whose keys are not valid identifiers still works into **kwargs.
print(gather(**{"not an identifier": 1}))  # expect: ((), {'not an identifier': 1})

# The caller's containers are not modified.
orig = [1, 2, 3]
opts = {"d": 4}
show(*orig, **opts)
print(orig, opts)  # expect: [1, 2, 3] {'d': 4}

# Unpacking into too few or too many parameters.
try:
    show(*[1, 2])
except TypeError as e:
    print(e)  # expect: show() missing 1 required positional argument: 'c'
try:
    show(*range(5))
except TypeError as e:
    print(e)  # expect: show() takes from 3 to 4 positional arguments but 5 were given
try:
    show(1, 2, 3, **{"e": 5})
except TypeError as e:
    print(e)  # expect: show() got an unexpected keyword argument 'e'
try:
    show(1, *[2, 3], **{"a": 9})
except TypeError as e:
    print(e)  # expect: show() got multiple values for argument 'a'

# Unpacking into builtins.
print(max(*[3, 9, 4]))  # expect: 9
print(*["a", "b"], sep="-")  # expect: a-b
print(*[1, 2, 3], **{"sep": ", ", "end": "!\n"})  # expect: 1, 2, 3!
pair = (2, 10)
print(range(*pair))  # expect: range(2, 10)
print(list(zip(*[(1, "a"), (2, "b")])))  # expect: [(1, 2), ('a', 'b')]
