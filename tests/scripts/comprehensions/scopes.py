# A comprehension has its own scope (CPython 3): its loop variables do not
# leak, it reads the enclosing function's variables as closure cells, and
# only its first iterable is evaluated outside it.
x = 10
print([x for x in range(3)], x)
# expect: [0, 1, 2] 10
z = [y for y in range(3)]
try:
    print(y)
except NameError as e:
    print(e)
# expect: name 'y' is not defined

def f():
    def inner():
        return [v + k for v in range(3)]
    k = 100
    return inner()
print(f())
# expect: [100, 101, 102]

def make():
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs]
print(make())
# expect: [2, 2, 2]

def make_bound():
    fs = [lambda i=i: i for i in range(3)]
    return [g() for g in fs]
print(make_bound())
# expect: [0, 1, 2]

class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [v * scale for v in vals for scale in vals if scale > v_max]
    except NameError as e:
        print("class scope:", e)
# expect: class scope: name 'vals' is not defined
print(C.doubled)
# expect: [2, 4, 6]

def counter():
    total = 0
    def add(items):
        nonlocal total
        total += sum([i for i in items])
        return total
    return add
add = counter()
print(add([1, 2]), add((3,)))
# expect: 3 6

def nested_comp(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(nested_comp(3))
# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]

def shadow():
    i = "outer"
    squares = [i * i for i in range(4)]
    return i, squares
print(shadow())
# expect: ('outer', [0, 1, 4, 9])

print([(a, b) for a in range(3) for b in range(a) if a + b > 1])
# expect: [(2, 0), (2, 1)]
print([a for a in range(20) if a % 2 if a % 3])
# expect: [1, 5, 7, 11, 13, 17, 19]
print({k: k + "!" for k in "abc"})
# expect: {'a': 'a!', 'b': 'b!', 'c': 'c!'}
print({(a, b): a * b for a in range(2) for b in range(2)})
# expect: {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1}
print({k: v for k, v in [("x", 1), ("y", 2), ("x", 3)]})
# expect: {'x': 3, 'y': 2}
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
# expect: [1, 4, 2, 5, 3, 6]
print([[row[i] for row in matrix] for i in range(3)])
# expect: [[1, 4], [2, 5], [3, 6]]
print([n for row in matrix for n in row if n != 5])
# expect: [1, 2, 3, 4, 6]
print([(i, c) for i, c in enumerate("ab")])
# expect: [(0, 'a'), (1, 'b')]
print([a + b for a, b in zip([1, 2], [10, 20])])
# expect: [11, 22]
print([x if x % 2 else -x for x in range(5)])
# expect: [0, 1, -2, 3, -4]
print([len(w) for w in "the quick brown fox".split()])
# expect: [3, 5, 5, 3]

def gen_default(items=[i * 2 for i in range(3)]):
    return items
print(gen_default())
# expect: [0, 2, 4]
print([[y for y in range(x)] for x in range(4)])
# expect: [[], [0], [0, 1], [0, 1, 2]]
