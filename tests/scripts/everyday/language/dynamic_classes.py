# type(name, bases, namespace), super().__init_subclass__(), int()/float() of objects with __int__/__float__.
def describe(self):
    return "%s at %d" % (type(self).__name__, self.x)


Point = type("Point", (), {"x": 1, "describe": describe})
p = Point()
print(Point.__name__, p.describe(), Point)  # expect: Point Point at 1 <class '__main__.Point'>

registry = []


class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls.__name__)


class Csv(Plugin):
    pass


Json = type("Json", (Plugin,), {})
print(registry)  # expect: ['Csv', 'Json']


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __int__(self):
        return int(self.degrees)

    def __float__(self):
        return float(self.degrees)


c = Celsius(21.75)
print(int(c), float(c))  # expect: 21 21.75
try:
    type("Bad", [], {})
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError type.__new__() argument 2 must be tuple, not list
