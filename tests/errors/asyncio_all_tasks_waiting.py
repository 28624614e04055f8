# Every task awaits something nobody will set: CPython would wait forever;
# gilvm says who awaits what.
import asyncio


async def main():
    ev = asyncio.Event()
    q = asyncio.Queue()

    async def waits_event():
        await ev.wait()

    async def waits_queue():
        await q.get()

    a = asyncio.create_task(waits_event(), name="listener")
    b = asyncio.create_task(waits_queue(), name="consumer")
    await asyncio.gather(a, b)


asyncio.run(main())
