# Calling with the wrong arguments raises TypeError with CPython's message.
def f(a, b):
    return a + b


def g(a, b=1):
    return a


def h():
    return 0


def check(n):
    try:
        if n == 0:
            f(1)
        elif n == 1:
            f()
        elif n == 2:
            f(1, 2, 3)
        elif n == 3:
            g(1, 2, 3)
        elif n == 4:
            h(1)
        elif n == 5:
            f(1, 2, z=3)
        elif n == 6:
            f(1, a=2)
        elif n == 7:
            f(b=2)
        elif n == 8:
            g()
    except TypeError as e:
        print(e)


for n in range(9):
    check(n)
# expect: f() missing 1 required positional argument: 'b'
# expect: f() missing 2 required positional arguments: 'a' and 'b'
# expect: f() takes 2 positional arguments but 3 were given
# expect: g() takes from 1 to 2 positional arguments but 3 were given
# expect: h() takes 0 positional arguments but 1 was given
# expect: f() got an unexpected keyword argument 'z'
# expect: f() got multiple values for argument 'a'
# expect: f() missing 1 required positional argument: 'a'
# expect: g() missing 1 required positional argument: 'a'
x = 5
try:
    x()
except TypeError as e:
    print(e)  # expect: 'int' object is not callable


# A bad keyword is reported before surplus positional arguments.
def four(a, b, c, d=1):
    pass


try:
    four(1, 2, 3, 4, 5, e=5)
except TypeError as e:
    print(e)  # expect: four() got an unexpected keyword argument 'e'
try:
    four(1, 2, 3, 4, 5, a=5)
except TypeError as e:
    print(e)  # expect: four() got multiple values for argument 'a'
try:
    four(1, 2, 3, 4, 5, d=5)
except TypeError as e:
    print(e)  # expect: four() got multiple values for argument 'd'
try:
    four(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)  # expect: four() takes from 3 to 4 positional arguments but 5 were given
