# Lambda expressions: calling, defaults, closures, names and storing them.
square = lambda x: x * x
print(square(7))  # expect: 49
print((lambda a, b: a - b)(10, 3))  # expect: 7
print((lambda: "no args")())  # expect: no args
print(square.__name__)  # expect: <lambda>
print(type(square).__name__)  # expect: function

# Default arguments and keyword calls.
greet = lambda name, greeting="hello": greeting + ", " + name
print(greet("ann"))  # expect: hello, ann
print(greet("bob", "hi"))  # expect: hi, bob
print(greet(greeting="yo", name="cat"))  # expect: yo, cat

# *args and **kwargs in lambdas.
count = lambda *args, **kw: (len(args), sorted(kw))
print(count(1, 2, 3, z=1, a=2))  # expect: (3, ['a', 'z'])
first_or = lambda *xs: xs[0] if xs else None
print(first_or(), first_or(9, 8))  # expect: None 9

# Lambdas in dicts as a dispatch table.
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in ["+", "-", "*", "/"]:
    print(sym, ops[sym](12, 4))
# expect: + 16
# expect: - 8
# expect: * 48
# expect: / 3.0

# Closures: a lambda captures variables of the enclosing function.
def make_adder(n):
    return lambda x: x + n


add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))  # expect: 6 0
print(add5.__qualname__)  # expect: make_adder.<locals>.<lambda>

# Late binding in lambdas created in a loop, and the default-argument fix.
late = []
fixed = []
for i in range(3):
    late.append(lambda: i)
    fixed.append(lambda i=i: i)
out = []
for f in late:
    out.append(f())
for f in fixed:
    out.append(f())
print(out)  # expect: [2, 2, 2, 0, 1, 2]

# Lambdas returning lambdas.
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))  # expect: 6
print(curry("x")("y")("z"))  # expect: xyz

# Conditional expressions inside a lambda body.
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print(sign(-2), sign(0), sign(5))  # expect: neg zero pos

# A lambda is just a function: it can be passed to a higher-order function.
def apply_twice(f, x):
    return f(f(x))


print(apply_twice(lambda s: s + "!", "hey"))  # expect: hey!!
print(apply_twice(square, 3))  # expect: 81

# Wrong arity error names the lambda.
try:
    square(1, 2)
except TypeError as e:
    print(e)  # expect: <lambda>() takes 1 positional argument but 2 were given
try:
    greet()
except TypeError as e:
    print(e)  # expect: <lambda>() missing 1 required positional argument: 'name'
