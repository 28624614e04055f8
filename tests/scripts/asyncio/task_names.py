# Default task names: CPython 3.11 counts every task, named or not, and
# the tasks as_completed makes.
import asyncio
async def job():
    await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(job(), name="n")
    print(asyncio.create_task(job()).get_name())
    for f in asyncio.as_completed([job(), job()]):
        await f
    print(asyncio.create_task(job()).get_name())
    await asyncio.wait([t])
    print(asyncio.create_task(job()).get_name())
    await asyncio.sleep(0.01)
asyncio.run(main())
# expect: Task-3
# expect: Task-6
# expect: Task-7
