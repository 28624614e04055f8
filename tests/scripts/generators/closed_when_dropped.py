# A generator paused inside a try (or a with) is closed when the last
# reference to it goes, as CPython does: its finally blocks run then.
# gilvm runs them at the next check point of the thread that dropped it,
# which comes before the next call or loop iteration.
# expect-stderr: Exception ignored in: <generator object stubborn at
# expect-stderr: RuntimeError: generator ignored GeneratorExit
def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("cleanup", n)

for x in countdown(3):
    print(x)
    break
# expect: 3
# expect: cleanup 3
print("after break")
# expect: after break
g = countdown(5)
next(g)
del g
# expect: cleanup 5
print("after del")
# expect: after del
g = countdown(4)
next(g)
g = None
# expect: cleanup 4
print("after rebinding")
# expect: after rebinding

def use():
    h = countdown(2)
    next(h)
    return "returned"
print(use())
# expect: cleanup 2
# expect: returned
print("after use")
# expect: after use

def opened(name):
    class Resource:
        def __enter__(self):
            print("open", name)
        def __exit__(self, *exc):
            print("close", name, exc[0].__name__)
    with Resource():
        yield 1
        yield 2
print([next(opened("a")) for _ in range(2)])
# expect: open a
# expect: close a GeneratorExit
# expect: open a
# expect: close a GeneratorExit
# expect: [1, 1]

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
s = None
print("end")
# expect: end
for y in countdown(2):
    break
# expect: cleanup 2

