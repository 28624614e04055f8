# Coroutine objects driven by hand, no event loop: send(None) runs to the next
# suspension, StopIteration.value carries the result; close() and throw().
class Thing:
    def __init__(self, *values):
        self.values = values
    def __await__(self):
        total = 0
        for v in self.values:
            got = yield v
            total += got or 0
        return total

async def leaf(x):
    return x * 10

async def middle(x):
    a = await leaf(x)
    b = await Thing("pause-1", "pause-2")
    return a + b

async def top():
    r = await middle(4)
    print("middle returned", r)
    return r + 1

c = top()
print(type(c).__name__)  # expect: coroutine
print(c.send(None))  # expect: pause-1
print(c.send(5))  # expect: pause-2
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)
# expect: middle returned 47
# expect: result 48

c = leaf(3)
try:
    c.send(None)
except StopIteration as e:
    print("no suspension:", e.value)  # expect: no suspension: 30

async def guarded():
    try:
        await Thing("waiting")
    finally:
        print("finally on close")
c = guarded()
print(c.send(None))  # expect: waiting
c.close()  # expect: finally on close
c.close()
print("closed twice")  # expect: closed twice

async def catcher():
    while True:
        try:
            await Thing("ready")
        except ValueError as e:
            print("caught", e)
            return "recovered"
c = catcher()
print(c.send(None))  # expect: ready
try:
    c.throw(ValueError("x"))
except StopIteration as e:
    print(e.value)
# expect: caught x
# expect: recovered
