# async with: asyncio.Lock keeps a read-await-write update whole, a
# Semaphore bounds how many tasks hold it, a class's own __aenter__ and
# __aexit__ (which may swallow the exception), and Condition.wait_for.
import asyncio

counter = 0


async def add(lock, name, n):
    global counter
    for _ in range(n):
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1
    print(name, "done")


async def limited(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.01)
        active[0] -= 1


class Resource:
    async def __aenter__(self):
        print("enter")
        return "res"

    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return et is KeyError


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(add(lock, "a", 50), add(lock, "b", 50))
    print("counter", counter, lock.locked())
    sem = asyncio.Semaphore(3)
    active, peak = [0], [0]
    await asyncio.gather(*(limited(sem, i, active, peak) for i in range(10)))
    print("peak", peak[0])
    async with Resource() as r:
        print("inside", r)
    async with Resource():
        raise KeyError("swallowed")
    try:
        async with Resource():
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumed", items.pop())

    task = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append(42)
        cond.notify()
    await task
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())
# expect: a done
# expect: b done
# expect: counter 100 False
# expect: peak 3
# expect: enter
# expect: inside res
# expect: exit None
# expect: enter
# expect: exit KeyError
# expect: enter
# expect: exit ValueError
# expect: caught kept
# expect: consumed 42
# expect: 'int' object does not support the asynchronous context manager protocol
