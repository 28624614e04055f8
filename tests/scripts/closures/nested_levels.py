# Three (and more) levels of nesting: reading and nonlocal-writing through intermediate scopes.
def level1():
    a = 1

    def level2():
        b = 2

        def level3():
            c = 3
            return a + b + c

        return level3

    return level2


print(level1()()())  # expect: 6


# A variable used only by the innermost function still passes through the middle one.
def outer():
    x = "outer-x"

    def middle():
        def inner():
            return x
        return inner()

    return middle()


print(outer())  # expect: outer-x


# nonlocal binds to the nearest enclosing function that has the name.
def a():
    v = "a"

    def b():
        v = "b"

        def c():
            nonlocal v
            v = v + "+c"
            return v

        r = c()
        return r, v

    r = b()
    return r, v


print(a())  # expect: (('b+c', 'b+c'), 'a')


# nonlocal can reach through a middle function that does not define the name.
def top():
    n = 0

    def mid():
        def bottom():
            nonlocal n
            n += 100
        bottom()
        bottom()

    mid()
    return n


print(top())  # expect: 200


# Globals are seen from any depth; a local in a middle scope shadows them.
name = "global"


def g1():
    def g2():
        def g3():
            return name
        return g3()
    return g2()


def h1():
    name = "h1-local"

    def h2():
        def h3():
            return name
        return h3()
    return h2()


print(g1())  # expect: global
print(h1())  # expect: h1-local


# Parameters of each level are captured too.
def adder(x):
    def add_y(y):
        def add_z(z):
            return x * 100 + y * 10 + z
        return add_z
    return add_y


print(adder(1)(2)(3))  # expect: 123
add12 = adder(1)(2)
print(add12(0), add12(9))  # expect: 120 129


# Recursion inside a nested function refers to itself through the enclosing scope.
def fib_table(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    out = []
    for k in range(n):
        out.append(fib(k))
    return out, len(memo)


print(fib_table(10))  # expect: ([0, 1, 1, 2, 3, 5, 8, 13, 21, 34], 8)
