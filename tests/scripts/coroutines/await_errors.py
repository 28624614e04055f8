# The TypeErrors and RuntimeErrors of misused awaits and coroutine objects,
# each caught and printed; every coroutine created is finished or closed.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_int():
    await 5

try:
    run(await_int())
except TypeError as e:
    print(e)  # expect: object int can't be used in 'await' expression

async def seven():
    return 7

async def twice(c):
    first = await c
    print("first await:", first)
    return await c

try:
    run(twice(seven()))
except RuntimeError as e:
    print(e)
# expect: first await: 7
# expect: cannot reuse already awaited coroutine

c = seven()
try:
    c.send(42)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started coroutine
print(run(c))  # expect: 7

c = seven()
try:
    for x in c:
        print(x)
except TypeError as e:
    print(e)  # expect: 'coroutine' object is not iterable
try:
    next(c)
except TypeError as e:
    print(e)  # expect: 'coroutine' object is not an iterator
c.close()

class BadAwait:
    def __await__(self):
        return 3

async def await_bad():
    return await BadAwait()

try:
    run(await_bad())
except TypeError as e:
    print(e)  # expect: __await__() returned non-iterator of type 'int'

def plain_gen():
    yield 1

async def await_gen():
    await plain_gen()

try:
    run(await_gen())
except TypeError as e:
    print(e)  # expect: object generator can't be used in 'await' expression

c = seven()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)  # expect: cannot reuse already awaited coroutine
