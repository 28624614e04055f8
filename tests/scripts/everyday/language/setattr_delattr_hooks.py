# User __setattr__/__delattr__ see every attribute set and delete, and delegate to object/super().
class Logged:
    def __init__(self, name):
        self.name = name
        self.count = 0
    def __setattr__(self, key, value):
        print("set", key, "=", repr(value))
        super().__setattr__(key, value)
    def __delattr__(self, key):
        print("del", key)
        object.__delattr__(self, key)
o = Logged("w1")  # expect: set name = 'w1'
# expect: set count = 0
o.count += 1  # expect: set count = 1
o.count = o.count * 5  # expect: set count = 5
setattr(o, "extra", [1])  # expect: set extra = [1]
print(o.__dict__)  # expect: {'name': 'w1', 'count': 5, 'extra': [1]}
del o.extra  # expect: del extra
print(sorted(o.__dict__))  # expect: ['count', 'name']
delattr(o, "count")  # expect: del count
print(hasattr(o, "count"))  # expect: False
try:
    del o.missing  # expect: del missing
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError 'Logged' object has no attribute 'missing'
# setting a class attribute does not go through the instance hook
Logged.shared = 1
print(o.shared)  # expect: 1
# a read-only wrapper that refuses changes after construction
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, key, value):
        raise AttributeError("cannot set %r: Frozen is read-only" % key)
    def __delattr__(self, key):
        raise AttributeError("cannot delete %r" % key)
f = Frozen(1, 2)
print(f.x, f.y)  # expect: 1 2
try:
    f.x = 10
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError cannot set 'x': Frozen is read-only
try:
    del f.y
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError cannot delete 'y'
try:
    setattr(f, "z", 0)
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError cannot set 'z': Frozen is read-only
print(f.x, f.y)  # expect: 1 2
# a hook that validates and converts values, storing through __dict__
class Config:
    def __setattr__(self, key, value):
        if key.startswith("_"):
            raise AttributeError("private name " + key)
        if not isinstance(value, int):
            raise TypeError("%s must be int, not %s" % (key, type(value).__name__))
        self.__dict__[key] = value * 2
c = Config()
c.workers = 4
print(c.workers)  # expect: 8
try:
    c.workers = "8"
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError workers must be int, not str
try:
    c._secret = 1
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError private name _secret
print(c.__dict__)  # expect: {'workers': 8}
# the hook is inherited, and a subclass can extend it
class Counting(Logged):
    sets = 0
    def __setattr__(self, key, value):
        Counting.sets += 1
        super().__setattr__(key, value)
k = Counting("k")  # expect: set name = 'k'
# expect: set count = 0
k.name = "k2"  # expect: set name = 'k2'
print(Counting.sets, k.name)  # expect: 3 k2
