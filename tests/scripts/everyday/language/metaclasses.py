# Metaclasses: class-level __iter__/__len__/__getitem__/__repr__, methods and properties, __call__ (a singleton), __init__ (a registry), calling a metaclass; class keywords for __init_subclass__.
class Meta(type):
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, k):
        return cls._members[k]
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"
    def describe(cls):
        return "class " + cls.__name__
    @property
    def size(cls):
        return len(cls._members)
class Base(metaclass=Meta):
    _members = [1, 2, 3]
class Sub(Base):
    _members = [4]
print(list(Base), len(Base), Base[1], Base, Base.describe(), Base.size)  # expect: [1, 2, 3] 3 2 <Meta Base> class Base 3
print(list(Sub), type(Sub) is Meta, isinstance(Sub, Meta), type(Base).__name__)  # expect: [4] True True Meta
for x in Sub:
    print(x)  # expect: 4
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
print(Db("x") is Db("y"), Db("z").url)  # expect: True x
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class A(metaclass=Reg): pass
class B(A): pass
print(Reg.registry)  # expect: ['A', 'B']
class Plugin:
    def __init_subclass__(cls, kind="x", **kw):
        super().__init_subclass__(**kw)
        print("plugin", cls.__name__, kind)  # expect: plugin P1 csv
class P1(Plugin, kind="csv"): pass
X = Meta("X", (), {"_members": [9]})
print(list(X), X)  # expect: [9] <Meta X>
