# Closures capture variables, not values: loop variables are late-bound.
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
results = []
for f in funcs:
    results.append(f())
print(results)  # expect: [2, 2, 2]
i = 99
print(funcs[0]())  # expect: 99


# Inside a function the loop variable is a cell shared by every closure.
def make_all():
    out = []
    for j in range(4):
        def g():
            return j * 10
        out.append(g)
    return out


vals = []
for g in make_all():
    vals.append(g())
print(vals)  # expect: [30, 30, 30, 30]


# The usual fix: bind the current value as a default argument.
def make_fixed():
    out = []
    for j in range(4):
        def g(j=j):
            return j * 10
        out.append(g)
    return out


vals = []
for g in make_fixed():
    vals.append(g())
print(vals)  # expect: [0, 10, 20, 30]
print(make_fixed()[2](7))  # expect: 70


# Another fix: a factory function gives each closure its own cell.
def make_one(k):
    def g():
        return k * 10
    return g


def make_factory():
    out = []
    for j in range(4):
        out.append(make_one(j))
    return out


vals = []
for g in make_factory():
    vals.append(g())
print(vals)  # expect: [0, 10, 20, 30]


# Rebinding the captured variable after the closure is created is visible.
def rebinding():
    msg = "first"

    def show():
        return msg

    a = show()
    msg = "second"
    b = show()
    return a, b


print(rebinding())  # expect: ('first', 'second')


# The closure sees the variable's final value even after the loop ended early.
def early():
    fs = []
    for word in ["a", "b", "c", "d"]:
        def w():
            return word
        fs.append(w)
        if word == "b":
            break
    return fs[0](), fs[1](), len(fs)


print(early())  # expect: ('b', 'b', 2)
