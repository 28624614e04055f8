# send() resumes with a value, throw() raises at the paused yield, close()
# raises GeneratorExit there so that finally blocks run.
def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("cleanup", n)

g = countdown(3)
print(next(g), next(g))
# expect: 3 2
g.close()
# expect: cleanup 2
g.close()
print(list(countdown(2)))
# expect: cleanup 0
# expect: [2, 1]

def echo():
    got = yield "ready"
    while True:
        got = yield got * 2

e = echo()
print(e.send(None), e.send(4), e.send("ab"))
# expect: ready 8 abab

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)
            yield "after"

c = catcher()
next(c)
c.send(1)
# expect: got 1
print(c.throw(ValueError("boom")))
# expect: caught boom
# expect: after
print(next(c))
# expect: None
c.send(2)
# expect: got 2
print(c.throw(ValueError))
# expect: caught 
# expect: after

def bad():
    yield 1
    raise KeyError("k")

try:
    for x in bad():
        print(x)
except KeyError as e:
    print("KeyError", e)
# expect: 1
# expect: KeyError 'k'

def stopper():
    yield 1
    raise StopIteration

try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# expect: RuntimeError generator raised StopIteration StopIteration

def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2

i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
# expect: generator ignored GeneratorExit

def fresh():
    yield 1

try:
    fresh().send(5)
except TypeError as e:
    print(e)
# expect: can't send non-None value to a just-started generator
f = fresh()
try:
    f.throw(IndexError("at start"))
except IndexError as e:
    print("raised at the start:", e, list(f))
# expect: raised at the start: at start []
f = fresh()
f.close()
print(list(f))
# expect: []

def handled():
    try:
        raise ValueError("inner")
    except ValueError as e:
        yield "in except"
        print("still handling", e)
    yield "done"
print(list(handled()))
# expect: still handling inner
# expect: ['in except', 'done']

def gen_with():
    class M:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    with M():
        yield "in with"
    yield "after with"
print(list(gen_with()))
# expect: enter
# expect: exit None
# expect: ['in with', 'after with']
w = gen_with()
print(next(w))
# expect: enter
# expect: in with
w.close()
# expect: exit <class 'GeneratorExit'>

def recursive():
    yield next(r)
r = recursive()
try:
    next(r)
except ValueError as e:
    print(e)
# expect: generator already executing
try:
    fresh().throw(3)
except TypeError as e:
    print(e)
# expect: exceptions must be classes or instances deriving from BaseException, not int
