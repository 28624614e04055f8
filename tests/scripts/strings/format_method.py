# str.format: automatic and manual numbering, names, attributes and
# items, conversions, format specs (nested ones too), brace escapes.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{0}{1}{0}".format("ab", "-"))  # expect: ab-ab
print("{name} is {age}".format(name="Ann", age=7))  # expect: Ann is 7
print("{0} and {who}".format("me", who="you"))  # expect: me and you
print("{!r} {!s} {!a}".format("hé", "hé", "hé"))  # expect: 'hé' hé 'h\xe9'
print("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]".format("r", "l", "c", "mid"))  # expect: [       r] [l       ] [   c    ] [***mid***]
print("{:08.3f} {:+d} {:,} {:_x} {:#o} {:.1%} {:e}".format(3.14159, 5, 1234567, 65535, 8, 0.256, 12345.678))
# expect: 0003.142 +5 1,234,567 ffff 0o10 25.6% 1.234568e+04
print("{:{}}|{:>{w}}|".format("a", 4, "b", w=3))  # expect: a   |  b|
print("{0:{1}.{2}f}".format(2.718281, 9, 2))  # expect:      2.72
print("{name:>{width}.{prec}f}|".format(name=3.14159, width=10, prec=2))  # expect:       3.14|
print("{{}} {{{}}} }}{{".format(42))  # expect: {} {42} }{
print("{0[1]} {0[0]} {1[k]} {1[k][1]}".format(["x", "y"], {"k": "vw"}))  # expect: y x vw w
print("{0.real} {0.imag} {1.__name__}".format(7, len))  # expect: 7 0 len
print("{[0]}{[1]}".format("ab", "cd"))  # expect: ad
print("{0!r:^9}|".format("ab"))  # expect:   'ab'   |
print("{}".format(None), "{:>5}".format(True), "{}".format([1, "a"]), "{}".format({"k": (1,)}))  # expect: None     1 [1, 'a'] {'k': (1,)}
print("{:d} {:5} {:<5}|".format(True, False, True))  # expect: 1     0 1    |
print("{:c}{:c}".format(72, 105))  # expect: Hi
print("{:x} {:X} {:b} {:o}".format(255, 255, 5, 8))  # expect: ff FF 101 10
print("{:g} {:.3g} {:G}".format(0.00001234, 1234.5, 1e20))  # expect: 1.234e-05 1.23e+03 1E+20
print("{:=+7d}|{: d}|{:-d}".format(42, 7, -7))  # expect: +    42| 7|-7
print("{:.3}|{:.1s}|{:5.2}|".format("abcdef", "xyz", "hello"))  # expect: abc|x|he   |
print("{0}{0}{0}".format("ha"))  # expect: hahaha
print("{٣}".format(0, 1, 2, "three"))  # expect: three
print("é{}ü{:>3}".format("ö", "ß"))  # expect: éöü  ß
print("{0[ 1]} {0[1.5]}".format({" 1": "space", "1.5": "dotted"}))  # expect: space dotted
print("no fields".format(1, 2, x=3))  # expect: no fields
print("{} {}".format(*["star", "args"]), "{a}-{b}".format(**{"a": 1, "b": 2}))  # expect: star args 1-2
print(str.format("{}!", "unbound"))  # expect: unbound!
print("{a} {b}".format_map({"a": 1, "b": [2]}))  # expect: 1 [2]


class Default:
    def __init__(self, d):
        self.d = d

    def __getitem__(self, key):
        if key in self.d:
            return self.d[key]
        return "<" + key + ">"


print("{x} {y}".format_map(Default({"x": "known"})))  # expect: known <y>


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"


p = Point(1.5, -2)
print("{0} {0!r} {0:.2f} {0:polar} {0.x}".format(p))  # expect: (1.5, -2) Point(1.5, -2) (1.50, -2.00) polar! 1.5
print(f"{p:.1f}", format(p, ""), format(p, "polar"))  # expect: (1.5, -2.0) (1.5, -2) polar!
