# asyncio.wait with FIRST_COMPLETED, a timeout, ALL_COMPLETED and
# FIRST_EXCEPTION; as_completed in finishing order and its timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    order = []
    for next_done in asyncio.as_completed([job("c", 0.3), job("a", 0.1), job("b", 0.2)]):
        order.append(await next_done)
    print(order)
    try:
        for next_done in asyncio.as_completed([job("x", 1)], timeout=0.1):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t = [asyncio.create_task(job("ok", 0.1)), asyncio.create_task(job("bad", 0.05, True))]
    done, pending = await asyncio.wait(t, return_when=asyncio.FIRST_EXCEPTION)
    print([x.get_name() for x in done if x.exception()], len(pending))
    await asyncio.wait(pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)


asyncio.run(main())
# expect: ['fast'] ['mid', 'slow']
# expect: ['fast', 'mid'] ['slow']
# expect: ['fast', 'mid', 'slow'] 0
# expect: ['a', 'b', 'c']
# expect: as_completed timed out
# expect: ['Task-10'] 1
# expect: Set of Tasks/Futures is empty.
