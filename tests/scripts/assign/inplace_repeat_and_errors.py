# Augmented assignment: `xs *= n` repeats a list in place (aliases see it),
# and an unsupported `a op= b` names the augmented operator, as CPython does.
xs = [1, 2]
ys = xs
xs *= 2
print(xs, ys, xs is ys)
xs *= 0
print(xs, ys)
zs = [3]
zs *= True
print(zs)
t = (1,)
u = t
t *= 2
print(t, u, t is u)
for a, b in [(1, "s"), ([1], 1.5), ("a", None), (None, 2)]:
    try:
        a += b
    except TypeError as e:
        print(e)
    try:
        a -= b
    except TypeError as e:
        print(e)
    try:
        a *= b
    except TypeError as e:
        print(e)
x = 3
try:
    x //= 0
except ZeroDivisionError as e:
    print(e)
def f(a, b):
    a += b
    return a
try:
    f(1, "x")
except TypeError as e:
    print(e)
# The lines printed, in order:
# expect: [1, 2, 1, 2] [1, 2, 1, 2] True
# expect: [] []
# expect: [3]
# expect: (1, 1) (1,) False
# expect: unsupported operand type(s) for +=: 'int' and 'str'
# expect: unsupported operand type(s) for -=: 'int' and 'str'
# expect: 'float' object is not iterable
# expect: unsupported operand type(s) for -=: 'list' and 'float'
# expect: can't multiply sequence by non-int of type 'float'
# expect: can only concatenate str (not "NoneType") to str
# expect: unsupported operand type(s) for -=: 'str' and 'NoneType'
# expect: can't multiply sequence by non-int of type 'NoneType'
# expect: unsupported operand type(s) for +=: 'NoneType' and 'int'
# expect: unsupported operand type(s) for -=: 'NoneType' and 'int'
# expect: unsupported operand type(s) for *=: 'NoneType' and 'int'
# expect: integer division or modulo by zero
# expect: unsupported operand type(s) for +=: 'int' and 'str'
