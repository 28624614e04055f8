# asyncio.Queue producer/consumer: 2 producers, 3 consumers, join and
# task_done, cancelling idle consumers, maxsize back-pressure, the nowait
# methods with QueueFull/QueueEmpty. Interleavings are paced by sleep(0)
# turns (or a single pending timer), never by racing timers.
import asyncio

log = []


async def ticks(n):
    # n turns of the ready queue: timing-free ordering
    for i in range(n):
        await asyncio.sleep(0)


def say(*parts):
    line = " ".join(str(p) for p in parts)
    log.append(line)
    print(line)


async def producer(q, name, gaps):
    for i, n in enumerate(gaps):
        await ticks(n)
        item = name + str(i)
        await q.put(item)
        say(name, "put", item, "qsize", q.qsize())
    say(name, "finished")


async def consumer(q, name, work):
    try:
        while True:
            item = await q.get()
            say(name, "got", item)
            await ticks(work)
            say(name, "done", item)
            q.task_done()
    except asyncio.CancelledError:
        say(name, "cancelled while waiting")
        raise


async def many_to_many():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(q, "c" + str(i), 5)) for i in range(3)]
    producers = [
        asyncio.create_task(producer(q, "A", [1, 2, 2])),
        asyncio.create_task(producer(q, "B", [2, 1, 1])),
    ]
    await asyncio.gather(*producers)
    say("producers finished, queue empty", q.empty())
    await q.join()
    say("join returned", q.empty())
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print([c.cancelled() for c in consumers])
    got = sorted(line.split()[2] for line in log if " got " in line)
    print(got)


async def back_pressure():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize)

    async def fast_producer():
        for i in range(5):
            say("want to put", i)
            await q.put(i)
            say("put", i, "full", q.full())
        await q.put(None)
        say("put sentinel")

    async def slow_consumer():
        while True:
            await asyncio.sleep(0.02)
            item = q.get_nowait()
            q.task_done()
            if item is None:
                say("got sentinel")
                return
            say("got", item, "qsize", q.qsize())

    await asyncio.gather(fast_producer(), slow_consumer())
    await q.join()
    say("back-pressure done", q.empty())


async def nowait():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(str(e)), type(e).__name__, isinstance(e, Exception))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)), type(e).__name__)
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on a settled queue returns at once")
    u = asyncio.Queue()
    for i in range(100):
        u.put_nowait(i)
    print(u.qsize(), u.full(), u.maxsize)
    print([u.get_nowait() for i in range(3)], u.qsize())


async def sleep_zero_round():
    # only sleep(0): the order follows the ready queue alone
    q = asyncio.Queue()
    order = []

    async def prod(name):
        for i in range(3):
            q.put_nowait(name + str(i))
            order.append("put " + name + str(i))
            await asyncio.sleep(0)

    async def cons(name):
        while True:
            item = await q.get()
            order.append(name + " got " + item)
            q.task_done()
            await asyncio.sleep(0)

    cs = [asyncio.create_task(cons(n)) for n in ["x", "y", "z"]]
    await asyncio.gather(prod("P"), prod("Q"))
    await q.join()
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    for line in order:
        print(line)


async def cancelled_getter():
    q = asyncio.Queue()
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0.01)
    waiter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print(waiter.cancelled(), q.qsize(), q.get_nowait())


async def main():
    for step in [many_to_many, back_pressure, nowait, sleep_zero_round,
                 cancelled_getter]:
        print("--", step.__name__)
        await step()


asyncio.run(main())

# expect: -- many_to_many
# expect: A put A0 qsize 1
# expect: c0 got A0
# expect: B put B0 qsize 1
# expect: A put A1 qsize 2
# expect: c1 got B0
# expect: B put B1 qsize 2
# expect: c2 got A1
# expect: B put B2 qsize 2
# expect: B finished
# expect: A put A2 qsize 3
# expect: A finished
# expect: c0 done A0
# expect: c0 got B1
# expect: producers finished, queue empty False
# expect: c1 done B0
# expect: c1 got B2
# expect: c2 done A1
# expect: c2 got A2
# expect: c0 done B1
# expect: c1 done B2
# expect: c2 done A2
# expect: join returned True
# expect: c0 cancelled while waiting
# expect: c1 cancelled while waiting
# expect: c2 cancelled while waiting
# expect: ['CancelledError', 'CancelledError', 'CancelledError']
# expect: [True, True, True]
# expect: ['A0', 'A1', 'A2', 'B0', 'B1', 'B2']
# expect: -- back_pressure
# expect: maxsize 2
# expect: want to put 0
# expect: put 0 full False
# expect: want to put 1
# expect: put 1 full True
# expect: want to put 2
# expect: got 0 qsize 1
# expect: put 2 full True
# expect: want to put 3
# expect: got 1 qsize 1
# expect: put 3 full True
# expect: want to put 4
# expect: got 2 qsize 1
# expect: put 4 full True
# expect: got 3 qsize 1
# expect: put sentinel
# expect: got 4 qsize 1
# expect: got sentinel
# expect: back-pressure done True
# expect: -- nowait
# expect: QueueFull '' QueueFull True
# expect: x
# expect: QueueEmpty '' QueueEmpty
# expect: ValueError: task_done() called too many times
# expect: join on a settled queue returns at once
# expect: 100 False 0
# expect: [0, 1, 2] 97
# expect: -- sleep_zero_round
# expect: put P0
# expect: put Q0
# expect: x got P0
# expect: put P1
# expect: y got Q0
# expect: put Q1
# expect: x got P1
# expect: z got Q1
# expect: put P2
# expect: y got P2
# expect: put Q2
# expect: x got Q2
# expect: -- cancelled_getter
# expect: True 1 kept
