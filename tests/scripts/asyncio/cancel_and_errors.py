# Cancelling a task, gather with and without return_exceptions, a task's
# exception, sleep(0) turn-taking in FIFO order, tasks left running at the
# end of asyncio.run are cancelled.
import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError("boom %d" % n)


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    t = asyncio.create_task(forever("f1"))
    await asyncio.sleep(0.5)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError", t.cancelled())
    print(await asyncio.gather(ok(1), boom(2), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), boom(2))
    except ValueError as e:
        print("gather raised", e)
    t2 = asyncio.create_task(boom(1))
    await asyncio.sleep(0.1)
    print(t2.done(), type(t2.exception()).__name__)
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    order = []

    async def step(name):
        for i in range(3):
            order.append(name + str(i))
            await asyncio.sleep(0)

    await asyncio.gather(step("x"), step("y"), step("z"))
    print(order)
    asyncio.create_task(forever("left running"))
    await asyncio.sleep(0)


asyncio.run(main())
print(asyncio.iscoroutine(ok), asyncio.iscoroutine(main))
c = ok(1)
print(asyncio.iscoroutine(c))
c.close()
# expect: True
# expect: f1 cancelled
# expect: awaiting a cancelled task raises CancelledError True
# expect: [1, ValueError('boom 2'), 3]
# expect: gather raised boom 2
# expect: True ValueError
# expect: Task-1
# expect: 1
# expect: ['x0', 'y0', 'z0', 'x1', 'y1', 'z1', 'x2', 'y2', 'z2']
# expect: left running cancelled
# expect: False False
# expect: True
