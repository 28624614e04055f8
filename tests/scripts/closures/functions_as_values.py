# Functions and closures stored in lists and dicts, passed around and returned.
def square(x):
    return x * x


def negate(x):
    return -x


def make_mul(n):
    def mul(x):
        return x * n
    return mul


ops = [square, negate, make_mul(3), make_mul(10)]
for op in ops:
    print(op(4))
# expect: 16
# expect: -4
# expect: 12
# expect: 40

table = {"sq": square, "neg": negate, "triple": make_mul(3)}
for key in sorted(table):
    print(key, table[key](5))
# expect: neg -5
# expect: sq 25
# expect: triple 15


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


sq_then_neg = compose(negate, square)
neg_then_sq = compose(square, negate)
print(sq_then_neg(3), neg_then_sq(3))  # expect: -9 9


def apply_all(fs, x):
    out = []
    for f in fs:
        x = f(x)
        out.append(x)
    return out


print(apply_all([make_mul(2), make_mul(2), square, negate], 1))  # expect: [2, 4, 16, -16]

# Names of functions, including closures (qualified names show the nesting).
print(square.__name__)  # expect: square
m = make_mul(2)
print(m.__name__)  # expect: mul
print(m.__qualname__)  # expect: make_mul.<locals>.mul
print(compose(square, square).__qualname__)  # expect: compose.<locals>.h

# Identity and equality of function objects.
print(square is table["sq"])  # expect: True
print(make_mul(2) == make_mul(2))  # expect: False
f1 = make_mul(2)
print(f1 == f1)  # expect: True
print(callable(square), callable(5), callable(make_mul(1)))  # expect: True False True
print(type(square).__name__)  # expect: function


# A dispatcher built from a dict of closures with a fallback.
def dispatcher():
    handlers = {}

    def register(name, fn):
        handlers[name] = fn

    def call(name, arg):
        if name not in handlers:
            return "no handler for " + name
        return handlers[name](arg)

    return register, call


register, call = dispatcher()
register("double", make_mul(2))
register("sq", square)
print(call("double", 21))  # expect: 42
print(call("sq", 12))  # expect: 144
print(call("cube", 2))  # expect: no handler for cube

# Calling a non-function stored in a list.
things = [square, 3]
try:
    things[1](2)
except TypeError as e:
    print(e)  # expect: 'int' object is not callable
