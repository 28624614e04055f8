# asyncio.PriorityQueue and LifoQueue, shield (the outer future is
# cancelled, the task goes on), iscoroutinefunction.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    got = []
    for _ in range(3):
        got.append(await pq.get())
    print(got)
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1)
    await lq.put(2)
    print(lq.full(), lq.get_nowait(), lq.get_nowait(), lq.empty())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    task = asyncio.create_task(job(2))
    shielded = asyncio.shield(task)
    shielded.cancel()
    await asyncio.sleep(0)
    print("shield cancelled:", shielded.cancelled(), "inner cancelled:", task.cancelled())
    print("inner result:", await task)
    print(await asyncio.shield(job(1)))

    class K:
        async def m(self):
            pass
        def n(self):
            pass
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(K().m), asyncio.iscoroutinefunction(K().n),
          asyncio.iscoroutinefunction(lambda: 0))


asyncio.run(main())
# expect: [(1, 'a'), (2, 'b'), (3, 'c')]
# expect: True 2 1 True
# expect: QueueEmpty
# expect: shield cancelled: True inner cancelled: False
# expect: inner result: 2
# expect: 1
# expect: True False True False False
