# __getattr__ answers only what normal lookup does not find.


class Config:
    defaults = {"colour": "blue", "size": 3}
    kind = "class attribute"

    def __init__(self):
        self.name = "own"

    def __getattr__(self, name):
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError(f"no setting {name!r}")


c = Config()
print(c.name, c.kind)  # expect: own class attribute
print(c.colour, c.size)  # expect: blue 3
print(getattr(c, "size"), getattr(c, "shape", "none"), hasattr(c, "shape"))  # expect: 3 none False
try:
    c.shape
except AttributeError as e:
    print(e)  # expect: no setting 'shape'
c.colour = "red"
print(c.colour, Config.defaults["colour"])  # expect: red blue


def read_all(objs):
    out = []
    for o in objs:
        out.append(o.size)
    return out


# A warm site: the attribute appears, then goes, and the hook answers again.
d = Config()
print(read_all([d, d]))  # expect: [3, 3]
d.size = 10
print(read_all([d, c]))  # expect: [10, 3]
del d.size
print(read_all([d]))  # expect: [3]
