# asyncio hands blocking calls to a ThreadPoolExecutor (run_in_executor)
# and awaits them while its other tasks go on.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(n):
    time.sleep(0.05)
    return n * n


def failing():
    raise KeyError("missing")


async def ticker(log):
    for i in range(3):
        log.append("tick")
        await asyncio.sleep(0.01)


async def main():
    log = []
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, blocking, 3),
            loop.run_in_executor(pool, blocking, 4),
            ticker(log),
        )
        print(results[:2], log)
        try:
            await loop.run_in_executor(pool, failing)
        except KeyError as e:
            print("awaited the pool's exception:", repr(e))
    try:
        loop.run_in_executor(pool, blocking, 1)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
# expect: [9, 16] ['tick', 'tick', 'tick']
# expect: awaited the pool's exception: KeyError('missing')
# expect: cannot schedule new futures after shutdown
