# namedtuple, defaultdict, Counter and OrderedDict beyond the basics: slicing, defaults, rename, errors, | and |=, multiset operators.
from collections import namedtuple, defaultdict, Counter, OrderedDict
P = namedtuple("P", "a b c", defaults=[3])
p = P(1, 2)
print(p, p[1:], p + (4,), p * 2, p.count(1), p.index(2), 2 in p, list(reversed(p)))  # expect: P(a=1, b=2, c=3) (2, 3) (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) 1 1 True [3, 2, 1]
print(p < P(1, 3), p >= (1, 2, 3), p != (1, 2, 3), P._field_defaults, P.__doc__)  # expect: True True False {'c': 3} P(a, b, c)
try:
    P(1, 2, 3, a=1)
except TypeError as e:
    print(e)  # expect: P.__new__() got multiple values for argument 'a'
try:
    P(1, b=2, z=3)
except TypeError as e:
    print(e)  # expect: P.__new__() got an unexpected keyword argument 'z'
try:
    P()
except TypeError as e:
    print(e)  # expect: P.__new__() missing 2 required positional arguments: 'a' and 'b'
for bad in ["1x", "def", "_x", "a a"]:
    try:
        namedtuple("T", bad)
    except ValueError as e:
        print(e)  # expect: Type names and field names must be valid identifiers: '1x'
        # expect: Type names and field names cannot be a keyword: 'def'
        # expect: Field names cannot start with an underscore: '_x'
        # expect: Encountered duplicate field name: 'a'
R = namedtuple("R", "a def _b a", rename=True)
print(R._fields)  # expect: ('a', '_1', '_2', '_3')
try:
    P._make([1])
except TypeError as e:
    print(e)  # expect: Expected 3 arguments, got 1
try:
    del p.a
except AttributeError as e:
    print(e)  # expect: can't delete attribute
d = defaultdict(int, a=1)
d.update([("b", 2)], c=3)
print(d, d.pop("a"), d.setdefault("z", 9), d.popitem(), len(d), list(d.keys()), list(d.values()))  # expect: defaultdict(<class 'int'>, {'b': 2, 'c': 3}) 1 9 ('z', 9) 2 ['b', 'c'] [2, 3]
print(d | {"q": 1}, {"q": 1} | d, defaultdict.fromkeys("ab"))  # expect: defaultdict(<class 'int'>, {'b': 2, 'c': 3, 'q': 1}) defaultdict(<class 'int'>, {'q': 1, 'b': 2, 'c': 3}) defaultdict(None, {'a': None, 'b': None})
e = defaultdict(list)
e |= {"x": [1]}
print(e, e == {"x": [1]}, e != {"x": [2]}, repr(defaultdict(lambda: 0))[:29])  # expect: defaultdict(<class 'list'>, {'x': [1]}) True True defaultdict(<function <lambda
try:
    d.pop("nope")
except KeyError as err:
    print("KeyError", err)  # expect: KeyError 'nope'
c = Counter(a=2, b=-1)
c2 = Counter(a=1, c=5)
c += c2
print(c)  # expect: Counter({'c': 5, 'a': 3})
c -= Counter(a=10)
print(c)  # expect: Counter({'c': 5})
c3 = Counter("aab")
c3 |= Counter("bbbz")
print(c3)  # expect: Counter({'b': 3, 'a': 2, 'z': 1})
c3 &= Counter("bz")
print(c3, Counter("ab") <= Counter("aabb"), Counter("ab") < Counter("ab"), Counter(a=1) == Counter(a=1, b=0))  # expect: Counter({'b': 1, 'z': 1}) True False True
print(Counter({"x": 1}).most_common(-1), Counter("zzy").copy(), c3.get("b"), c3["nope"], "nope" in c3)  # expect: [] Counter({'z': 2, 'y': 1}) 1 0 False
del c3["nonexistent"]
try:
    Counter.fromkeys("ab")
except NotImplementedError as err:
    print(err)  # expect: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
o = OrderedDict.fromkeys("abc", 0)
o.move_to_end("a")
print(o, list(reversed(o)), o.copy() == o, o == OrderedDict(b=0, c=0, a=0), o.pop("b"), o)  # expect: OrderedDict([('c', 0), ('a', 0)]) ['a', 'c', 'b'] True True 0 OrderedDict([('c', 0), ('a', 0)])
o.update({"z": 1})
o.setdefault("y", 2)
print(o, o.get("q", 5), len(o))  # expect: OrderedDict([('c', 0), ('a', 0), ('z', 1), ('y', 2)]) 5 4
o.clear()
print(o, bool(o), bool(Counter()))  # expect: OrderedDict() False False
