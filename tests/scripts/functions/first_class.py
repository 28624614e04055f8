# Functions are values: they can be stored, passed and returned.
def double(x):
    return x * 2


def square(x):
    return x * x


def apply(f, value):
    return f(value)


def pick(name):
    if name == "double":
        return double
    return square


print(apply(double, 5), apply(square, 5))  # expect: 10 25
g = square
print(g(9))  # expect: 81
ops = [double, square]
for op in ops:
    print(op(3))
# expect: 6
# expect: 9
table = {"d": double, "s": square}
print(table["s"](4))  # expect: 16
print(pick("double")(7))  # expect: 14
print(g is square, g == double)  # expect: True False
print(type(double))  # expect: <class 'function'>
print(apply(len, "four"))  # expect: 4
print(apply(abs, -4))  # expect: 4
