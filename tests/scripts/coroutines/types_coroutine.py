import types
import asyncio

@types.coroutine
def one_round():
    got = yield "tick"
    return got

async def main():
    value = await one_round()
    return value

coro = main()
print(coro.send(None))
try:
    coro.send(42)
except StopIteration as e:
    print("returned", e.value)

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = 3
print(ns == types.SimpleNamespace(a=1, b="two", c=3), ns)
print(isinstance(one_round, types.FunctionType))
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(main, types.FunctionType))
c = main()
print(isinstance(c, types.CoroutineType))
c.close()
print(type(None) is types.NoneType, isinstance(len, types.BuiltinFunctionType))

async def uses_sleep0():
    for i in range(3):
        await asyncio.sleep(0)
    return "slept"
print(asyncio.run(uses_sleep0()))

@types.coroutine
def plain():
    yield from ()
    return 5

def not_async():
    g = plain()
    return (yield from g)

g = not_async()
try:
    next(g)
except StopIteration as e:
    print("plain generator returned", e.value)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)
# expect: tick
# expect: returned 42
# expect: namespace(a=1, b='two') 1 two
# expect: True namespace(a=1, b='two', c=3)
# expect: True
# expect: True True
# expect: True
# expect: True True
# expect: slept
# expect: plain generator returned 5
# expect: TypeError: types.coroutine() expects a callable
