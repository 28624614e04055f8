# async for over classes with __aiter__/__anext__: break, continue, else,
# nesting, CPython's TypeErrors for bad iterators, a Queue-draining
# iterator, and exceptions raised by __anext__.
import asyncio


class Counter:
    def __init__(self, n, delay=0):
        self.i = 0
        self.n = n
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


class Fresh:
    # __aiter__ returns a new iterator each time
    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return FreshIter(self.items)


class FreshIter:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.items.pop(0)


class NoAnext:
    def __aiter__(self):
        return 42


class SyncAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return "not awaitable"


class AsyncAiter:
    # __aiter__ returns a coroutine (kept so it can be closed)
    def __aiter__(self):
        self.coro = self.make()
        return self.coro

    async def make(self):
        return self


class Explodes:
    def __init__(self, at):
        self.i = 0
        self.at = at

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i == self.at:
            raise ValueError("boom at %d" % self.i)
        return self.i


class Drain:
    # yields queue items until a None sentinel
    def __init__(self, q):
        self.q = q

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.q.get()
        self.q.task_done()
        if item is None:
            raise StopAsyncIteration
        return item


class Pairs:
    # __anext__ written as a plain def returning an awaitable
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.make(self.i)

    async def make(self, i):
        return (i, i * i)


async def basics():
    async for x in Counter(3):
        print("got", x)
    else:
        print("else ran")
    total = 0
    async for x in Counter(5, 0.001):
        total += x
    print("total", total)
    async for x in Counter(0):
        print("never")
    else:
        print("empty: else ran")
    print("x keeps its last value", x)


async def control():
    async for x in Counter(10):
        if x % 2 == 0:
            continue
        if x > 6:
            break
        print("odd", x)
    else:
        print("else not reached")
    print("broke at", x)
    found = None
    async for x in Counter(4):
        if x == 99:
            found = x
            break
    else:
        print("not found, else ran")
    print(found)
    print("return from inside", await first_over(3), await first_over(20))


async def first_over(n):
    async for x in Counter(10):
        try:
            if x > n:
                return x
        finally:
            if x > n:
                print("finally on return", x)
    return None


async def nested():
    async for a in Counter(2):
        async for b in Fresh("xy"):
            print(a, b)
    f = Fresh([1, 2])
    async for a in f:
        async for b in f:
            print("fresh", a, b)
    c = Counter(3)
    async for a in c:
        async for b in c:
            print("shared", a, b)
    async for a, b in Pairs(3):
        print("pair", a, b)


async def bad_iterators():
    bad = AsyncAiter()
    for obj in [5, [1, 2], NoAnext(), SyncAnext(), bad]:
        try:
            async for x in obj:
                print("not reached", x)
        except TypeError as e:
            print("TypeError:", e)
    bad.coro.close()


async def raising():
    seen = []
    try:
        async for x in Explodes(3):
            seen.append(x)
    except ValueError as e:
        print("ValueError:", e, seen)
    try:
        async for x in Counter(3):
            if x == 2:
                raise KeyError("from body")
    except KeyError as e:
        print("KeyError:", e, x)

    class Stop:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise StopIteration

    try:
        async for x in Stop():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


async def queue_drain():
    q = asyncio.Queue()

    async def producer():
        for i in range(4):
            await asyncio.sleep(0.01)
            print("put", i)
            await q.put(i)
        await q.put(None)

    t = asyncio.create_task(producer())
    async for item in Drain(q):
        print("drained", item)
    await t
    await q.join()
    print("queue empty", q.empty())


async def in_tasks():
    log = []

    async def walk(name, n, delay):
        async for x in Counter(n, delay):
            log.append(name + str(x))

    await asyncio.gather(walk("a", 3, 0), walk("b", 2, 0))
    print(log)


async def main():
    for step in [basics, control, nested, bad_iterators, raising,
                 queue_drain, in_tasks]:
        print("--", step.__name__)
        await step()


asyncio.run(main())

# expect: -- basics
# expect: got 1
# expect: got 2
# expect: got 3
# expect: else ran
# expect: total 15
# expect: empty: else ran
# expect: x keeps its last value 5
# expect: -- control
# expect: odd 1
# expect: odd 3
# expect: odd 5
# expect: broke at 7
# expect: not found, else ran
# expect: None
# expect: finally on return 4
# expect: return from inside 4 None
# expect: -- nested
# expect: 1 x
# expect: 1 y
# expect: 2 x
# expect: 2 y
# expect: fresh 1 1
# expect: fresh 1 2
# expect: fresh 2 1
# expect: fresh 2 2
# expect: shared 1 2
# expect: shared 1 3
# expect: pair 1 1
# expect: pair 2 4
# expect: pair 3 9
# expect: -- bad_iterators
# expect: TypeError: 'async for' requires an object with __aiter__ method, got int
# expect: TypeError: 'async for' requires an object with __aiter__ method, got list
# expect: TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: int
# expect: TypeError: 'async for' received an invalid object from __anext__: str
# expect: TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: coroutine
# expect: -- raising
# expect: ValueError: boom at 3 [1, 2]
# expect: KeyError: 'from body' 2
# expect: RuntimeError: coroutine raised StopIteration
# expect: -- queue_drain
# expect: put 0
# expect: drained 0
# expect: put 1
# expect: drained 1
# expect: put 2
# expect: drained 2
# expect: put 3
# expect: drained 3
# expect: queue empty True
# expect: -- in_tasks
# expect: ['a1', 'b1', 'a2', 'b2', 'a3']
