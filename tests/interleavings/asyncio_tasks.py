# Three tasks on one thread: two that await sleeps (their waits overlap),
# one that blocks the loop with time.sleep (the others cannot run meanwhile).
import asyncio
import time


async def polite(name):
    for _ in range(2):
        await asyncio.sleep(0.1)
    return name


async def rude(name):
    time.sleep(0.1)
    await asyncio.sleep(0)
    return name


async def main():
    print(await asyncio.gather(polite("a"), polite("b"), rude("c")))


asyncio.run(main())
