# Several closures share one cell: writes through one are seen by the others.
def pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    def bump():
        nonlocal value
        value += 1

    return get, set_, bump


get, set_, bump = pair()
print(get())  # expect: 0
set_(41)
bump()
print(get())  # expect: 42

get2, set2, bump2 = pair()
bump2()
print(get(), get2())  # expect: 42 1


# Mutating a captured list needs no nonlocal; both closures see it.
def stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        return items.pop()

    def size():
        return len(items)

    return push, pop, size


push, pop, size = stack()
push("a")
push("b")
push("c")
print(size(), pop(), size())  # expect: 3 c 2


# The enclosing function also shares the cell with its closures.
def watcher():
    log = []
    state = "idle"

    def report():
        log.append(state)

    report()
    state = "busy"
    report()
    state = "done"
    report()
    return log


print(watcher())  # expect: ['idle', 'busy', 'done']


# A cell captured by closures in a dict of handlers.
def machine():
    pos = 0

    def left():
        nonlocal pos
        pos -= 1

    def right():
        nonlocal pos
        pos += 1

    def where():
        return pos

    return {"L": left, "R": right, "?": where}


m = machine()
for ch in "RRLRRR":
    m[ch]()
print(m["?"]())  # expect: 4


# Two factories' closures never share cells, even for the same variable name.
def mk(v):
    x = v

    def get():
        return x

    def put(n):
        nonlocal x
        x = n

    return get, put


g1, p1 = mk("one")
g2, p2 = mk("two")
p1("ONE")
print(g1(), g2())  # expect: ONE two
p2(2)
print(g1(), g2())  # expect: ONE 2
