# 100,000 asyncio steps: 100 tasks, each awaiting asyncio.sleep(0) 1,000
# times, so every step is a task giving the loop one round (issue 14's
# acceptance 4: at most CPython's time).
import asyncio

TASKS = 100
STEPS = 1000


async def worker(steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    return steps


async def main():
    done = await asyncio.gather(*[worker(STEPS) for _ in range(TASKS)])
    print(len(done), "tasks,", sum(done), "steps")


asyncio.run(main())
