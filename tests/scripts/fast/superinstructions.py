# The patterns that fast runs fuse (see `gilvm dis --fused`) must mean what
# the plain instructions mean: results, errors and their order.
def lookups(d, k, xs, i):
    print(d[k], xs[i], k in d, k not in d, i in xs)
    d[k] = xs[i]
    xs[i] = d[k] * 2
    print(d, xs)

lookups({"a": 1}, "a", [5, 6], 1)  # expect: 1 6 True False False
# expect: {'a': 6} [5, 12]

def missing(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError " + repr(e.args[0])

print(missing({}, "zz"))  # expect: KeyError 'zz'

def unbound():
    try:
        print(d[k])
    except UnboundLocalError as e:
        print(e)
    d = {}
    k = 1

unbound()  # expect: cannot access local variable 'd' where it is not associated with a value

def compares(a, b):
    n = 0
    if a < b:
        n += 1
    if a == b:
        n += 10
    while a > b:
        a = a - 1
        n += 100
    return n

print(compares(1, 2), compares(2.5, 2), compares(3, 3.0), compares(3, 3))  # expect: 1 100 10 10

def strings(a, b):
    if a < b:
        return "less"
    return "not less"

print(strings("a", "b"), strings("b", "a"))  # expect: less not less

def bad_compare(a, b):
    try:
        if a < b:
            return "less"
    except TypeError as e:
        return str(e)

print(bad_compare(1, "x"))  # expect: '<' not supported between instances of 'int' and 'str'
