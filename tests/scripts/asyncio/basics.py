# asyncio basics: gather's order, tasks and their names, wait_for's timeout,
# a Queue between a producer and a consumer, an Event, to_thread.
import asyncio


async def worker(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "done after", delay)
    return name.upper()


async def main():
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1), worker("c", 0))
    print(results)
    t = asyncio.create_task(worker("d", 0.05))
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()

    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                break
            print("got", item)

    await asyncio.gather(producer(), consumer())
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        print("event seen")

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    r = await asyncio.to_thread(sum, [1, 2, 3])
    print("to_thread", r)
    return "main done"


print(asyncio.run(main()))
# expect: a start
# expect: b start
# expect: c start
# expect: c done after 0
# expect: b done after 0.1
# expect: a done after 0.2
# expect: ['A', 'B', 'C']
# expect: Task-5 False
# expect: d start
# expect: d done after 0.05
# expect: D True D
# expect: timed out
# expect: put 0
# expect: put 1
# expect: put 2
# expect: got 0
# expect: got 1
# expect: got 2
# expect: event seen
# expect: to_thread 6
# expect: main done
