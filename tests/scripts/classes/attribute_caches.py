# Attribute reads, writes and `x.a += v` at one site seeing many shapes:
# the inline caches and fused updates must mean exactly what CPython does.


class Point:
    def __init__(self, x):
        self.x = x

    def bump(self, by):
        self.x += by
        return self.x


class Point3(Point):
    def __init__(self, x):
        super().__init__(x)
        self.z = 0


class Managed:
    def __init__(self):
        self._x = 0
        self.log = []

    @property
    def x(self):
        self.log.append("get")
        return self._x

    @x.setter
    def x(self, v):
        self.log.append("set")
        self._x = v


class Boxed:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __repr__(self):
        return "Boxed(" + repr(self.v) + ")"


class Holder:
    def __init__(self, x):
        self.x = x


def bump_all(objs, by):
    out = []
    for o in objs:
        o.x += by
        out.append(o.x)
    return out


# One site, several classes (more than the cache holds at once).
objs = [Point(1), Point3(2), Managed(), Holder(4), Point(5), Holder("s")]
objs[5].x = "s"
print(bump_all(objs[:5], 10))  # expect: [11, 12, 10, 14, 15]
print(objs[2].log)  # expect: ['get', 'set', 'get']
print(bump_all([Holder("a"), Holder("c")], "b"))  # expect: ['ab', 'cb']

# `+=` on an attribute holding an object with __iadd__: the result is stored back.
h = Holder(Boxed(1))
same = h.x
h.x += 41
print(h.x, h.x is same)  # expect: Boxed(42) True
h.x = [1]
h.x += [2]
print(h.x)  # expect: [1, 2]
h.x = (1,)
h.x += (2,)
print(h.x)  # expect: (1, 2)

# Patching the class after the cache is warm.
p = Point(0)
for _ in range(3):
    p.bump(1)
print(p.x)  # expect: 3


def bump_twice(self, by):
    self.x += 2 * by
    return self.x


Point.bump = bump_twice
print(p.bump(1))  # expect: 5

# An instance attribute shadowing a class attribute after a warm read.


class Flag:
    on = False

    def read(self):
        return self.on


f = Flag()
print(f.read())  # expect: False
f.read()
f.on = True
print(f.read(), Flag.on)  # expect: True False
del f.on
print(f.read())  # expect: False
Flag.on = "class"
print(f.read())  # expect: class

# The value of the update rebinds nothing it should not, and runs first.


def side(o, log):
    log.append(o.x)
    o.x = 100
    return 1


o = Holder(1)
log = []
o.x += side(o, log)
print(o.x, log)  # expect: 2 [1]

# The local that holds the object changes inside the value: no fusion may
# read the new one.
a = Holder(10)
b = Holder(20)


def rebind():
    global a
    a = b
    return 5


def update_cell():
    t = Holder(1)

    def swap():
        nonlocal t
        t = Holder(50)
        return 1

    t.x += swap()
    return t.x


def update_local():
    t = Holder(1)
    u = Holder(2)
    t.x += (u.x if t.x else 0) + 3
    return t.x, u.x


a.x += rebind()
print(a.x, b.x, a is b)  # expect: 20 20 True
print(update_local())  # expect: (6, 2)
print(update_cell())  # expect: 50

# Errors keep their wording at a warm site.


class Slot:
    pass


def read_y(o):
    return o.y


s = Slot()
s.y = 1
read_y(s)
del s.y
try:
    read_y(s)
except AttributeError as e:
    print(e)  # expect: 'Slot' object has no attribute 'y'
try:
    h2 = Holder(1)
    h2.x += "a"
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +=: 'int' and 'str'
try:
    word = "abc"
    word.size += 1
except AttributeError as e:
    print(e)  # expect: 'str' object has no attribute 'size'

# `self.a op= v` as one step: ints, then whatever else the same site sees.


class Acc:
    total = 100

    def __init__(self):
        self.n = 0
        self.step = 3

    def add(self, k):
        self.n += k
        self.n -= self.step
        self.total += 1
        return self.n

    @property
    def double(self):
        return 2 * self.n


def run_acc():
    acc = Acc()
    for k in range(5):
        acc.add(k)
    print(acc.n, acc.total, Acc.total)  # expect: -5 105 100
    acc.step = 0.5
    print(acc.add(1))  # expect: -4.5
    acc.n = "s"
    try:
        acc.add(1)
    except TypeError as e:
        print(e)  # expect: can only concatenate str (not "int") to str
    acc.n = [1]
    acc.step = [2]
    try:
        acc.add([3])
    except TypeError as e:
        print(e)  # expect: unsupported operand type(s) for -=: 'list' and 'list'
    print(acc.n)  # expect: [1, 3]
    acc.n = 2**62
    acc.step = 2**61
    print(acc.add(2**61))  # expect: 4611686018427387904
    big = Acc()
    big.n = 7
    big.step = big.double
    print(big.add(0), big.double)  # expect: -7 -14


run_acc()


def undefined_operand(o):
    try:
        o.n += later
    except NameError as e:
        print(e)  # expect: name 'later' is not defined


def unbound_operand(o):
    try:
        o.n += k
    except UnboundLocalError as e:
        print(e)  # expect: cannot access local variable 'k' where it is not associated with a value
    k = 1
    o.n += k
    return o.n


undefined_operand(Acc())
print(unbound_operand(Acc()))  # expect: 1
