# Generators: a call makes a suspended frame; next(), for, list(), sum()
# resume it; return ends it with StopIteration carrying the value.
def gen(n):
    for i in range(n):
        yield i * 2
    return "done"

for v in gen(3):
    print(v)
# expect: 0
# expect: 2
# expect: 4
print(list(gen(4)), sum(gen(5)), max(gen(3)), sorted(gen(3), reverse=True))
# expect: [0, 2, 4, 6] 20 4 [4, 2, 0]
g = gen(2)
print(type(g).__name__, g.__name__, g.__qualname__)
# expect: generator gen gen
print(next(g), next(g))
# expect: 0 2
try:
    next(g)
except StopIteration as e:
    print("stop", e.args, e.value)
# expect: stop ('done',) done
print(next(g, "exhausted"), list(g))
# expect: exhausted []

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
print(iter(f) is f, f.__iter__() is f)
# expect: True True

def outer():
    def numbered(items):
        for i, item in enumerate(items):
            yield f"{i}:{item}"
    return list(numbered("abc"))
print(outer())
# expect: ['0:a', '1:b', '2:c']

def lazy():
    print("started")
    yield 1
g = lazy()
print("made")
# expect: made
print(next(g))
# expect: started
# expect: 1

def empty():
    return
    yield
print(list(empty()))
# expect: []

def gen_kwargs(*args, sep="-", **kw):
    yield sep.join(args)
    yield sorted(kw)
print(list(gen_kwargs("a", "b", sep="+", z=1, y=2)))
# expect: ['a+b', ['y', 'z']]

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), [x for x in Countdown(2)])
# expect: [3, 2, 1] [2, 1]
print(dict(zip("ab", gen(2))), list(enumerate(gen(2))), list(map(str, gen(3))))
# expect: {'a': 0, 'b': 2} [(0, 0), (1, 2)] ['0', '2', '4']
print(2 in gen(3), 3 in gen(3))
# expect: True False
a, b, c = gen(3)
print(a, b, c)
# expect: 0 2 4
