# Self-documenting f-strings `{expr=}`: the source text is kept, repr by default, str/format with a spec.
x = 3.14159
name = "bob"
a, b = 2, 3
items = [1, 2]
print(f"{x=}")  # expect: x=3.14159
print(f"{x = }")  # expect: x = 3.14159
print(f"{name=}")  # expect: name='bob'
print(f"{name = }")  # expect: name = 'bob'
print(f"{name=!s}")  # expect: name=bob
print(f"{name=!r:>10}")  # expect: name=     'bob'
print(f"{name=!a}")  # expect: name='bob'
print(f"{x=:.2f}")  # expect: x=3.14
print(f"{x = :.2f}")  # expect: x = 3.14
print(f"{a+b=}")  # expect: a+b=5
print(f"{a + b = }")  # expect: a + b = 5
print(f"{a * b + 1=}")  # expect: a * b + 1=7
print(f"{items=}, {len(items)=}")  # expect: items=[1, 2], len(items)=2
print(f"{items[0]=}")  # expect: items[0]=1
print(f"{name.upper()=}")  # expect: name.upper()='BOB'
print(f"{a=}{b=}")  # expect: a=2b=3
print(f"{None=}")  # expect: None=None
print(f"{True and 0=}")  # expect: True and 0=0
print(f"{'quoted'=}")  # expect: 'quoted'='quoted'
print(f"{a=:05d}|")  # expect: a=00002|
# with a format spec and no conversion, format() is used, so strings lose their quotes
print(f"{name=:>8}|")  # expect: name=     bob|
print(f"{name=:}|")  # expect: name=bob|
print(f"{x=!s:^12}|")  # expect: x=  3.14159   |
print(f"{a=:{b}}|")  # expect: a=  2|
# whitespace around `=` is copied exactly
print(f"{ a=}")  # expect:  a=2
print(f"{a  =  }")  # expect: a  =  2
print(f"{a =}")  # expect: a =2
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)
p = Point(1, "two")
print(f"{p=}")  # expect: p=Point(x=1, y='two')
print(f"{p=!s}")  # expect: p=(1, two)
print(f"{p=:}")  # expect: p=(1, two)
print(f"{p.x=} {p.y=}")  # expect: p.x=1 p.y='two'
# a typical debugging line in a worker loop
def worker(n):
    total = 0
    for i in range(n):
        total += i
    print(f"worker: {n=} {total=}")
worker(4)  # expect: worker: n=4 total=6
counts = {"a": 1}
print(f"{counts['a']=}")  # expect: counts['a']=1
print(f"{counts=}")  # expect: counts={'a': 1}
print(f"{x=:8.3f}|{a=:<4}|")  # expect: x=   3.142|a=2   |
print(f"{-a=}", f"{a**2=}")  # expect: -a=-2 a**2=4
print(f"{3.0=}", f"{10 // 4=}", f"{'%d' % 5=}")  # expect: 3.0=3.0 10 // 4=2 '%d' % 5='5'
