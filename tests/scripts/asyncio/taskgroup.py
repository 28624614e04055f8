# asyncio.TaskGroup (3.11): results after the block, a failing child cancels
# its siblings and the group raises ExceptionGroup, a body that raises,
# nested groups, named tasks, CPython's RuntimeErrors from create_task.
import asyncio

cancelled = []


async def work(name, steps, result):
    # steps of sleep(0): the order is the ready queue's, not the clock's
    for i in range(steps):
        await asyncio.sleep(0)
    print("done", name)
    return result


async def quiet(delay, result):
    await asyncio.sleep(delay)
    return result


async def fail(name, delay, exc):
    await asyncio.sleep(delay)
    print("raising in", name)
    raise exc


async def sleeper(name, delay, loud=True):
    # loud only when a single sibling is cancelled: the cancel order of
    # several follows TaskGroup's set of tasks
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        if loud:
            print(name, "saw CancelledError")
        cancelled.append(name)
        raise


async def basic():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 2, 1))
        t2 = tg.create_task(work("b", 1, 2))
        t3 = tg.create_task(work("c", 3, 3))
        print("body done", t1.done(), t2.done(), t3.done())
    print("after block", t1.done(), t2.done(), t3.done())
    print(t1.result(), t2.result(), t3.result())
    print(type(tg).__name__)


async def one_fails():
    cancelled.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(quiet(5, "a"))
            b = tg.create_task(quiet(5, "b"))
            tg.create_task(fail("f", 0.01, ValueError("bad value")))
            print("body end")
        print("not reached")
    except ExceptionGroup as eg:
        print(type(eg).__name__)
        print(eg.message)
        print(str(eg))
        print(len(eg.exceptions))
        for e in eg.exceptions:
            print(repr(e))
        print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
        print(type(eg.exceptions).__name__)
    print(a.cancelled(), b.cancelled())


async def two_fail():
    cancelled.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("f1", 0, KeyError("k")))
            tg.create_task(fail("f2", 0, TypeError("t")))
            tg.create_task(sleeper("s1", 5, False))
            tg.create_task(sleeper("s2", 5, False))
    except ExceptionGroup as eg:
        print(str(eg))
        for e in sorted(eg.exceptions, key=str):
            print(repr(e))
    print(sorted(cancelled))


async def body_raises():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s3", 5))
            await asyncio.sleep(0.01)
            raise RuntimeError("from body")
    except ExceptionGroup as eg:
        print("group:", str(eg))
        for e in eg.exceptions:
            print(repr(e))


async def child_cancels_body():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("f3", 0.01, ValueError("child")))
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body saw CancelledError")
                raise
            print("not reached")
    except ExceptionGroup as eg:
        print(str(eg))
        for e in eg.exceptions:
            print(repr(e))
    print("after the group")


async def shutting_down():
    holder = []

    async def victim():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            coro = quiet(0, 0)
            try:
                holder[0].create_task(coro)
            except RuntimeError as e:
                print("RuntimeError:", e)
            coro.close()
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            holder.append(tg)
            tg.create_task(victim())
            tg.create_task(fail("f4", 0.01, OSError("os")))
    except ExceptionGroup as eg:
        print(repr(eg.exceptions[0]))


async def misuse():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = quiet(0, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        print(repr(tg))
        t = tg.create_task(coro)
        print(repr(tg))
    print(t.result())
    coro = quiet(0, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            print("not reached")
    except RuntimeError as e:
        print("RuntimeError:", e)


async def inner_group(delays):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(quiet(d, d * 100)) for d in delays]
    return [round(t.result()) for t in tasks]


async def nested():
    async with asyncio.TaskGroup() as outer:
        a = outer.create_task(inner_group([0.02, 0.01]))
        b = outer.create_task(inner_group([0.03, 0.015, 0.005]))
    print(a.result(), b.result())


async def nested_failure():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper("outer-sibling", 5))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(sleeper("inner-sibling", 5))
                inner.create_task(fail("inner-f", 0.01, ValueError("deep")))
    except ExceptionGroup as eg:
        print(str(eg))
        for e in eg.exceptions:
            print(type(e).__name__, str(e))
            for sub in e.exceptions:
                print("  ", repr(sub))


async def named():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("n1", 1, None), name="first")
        t2 = tg.create_task(work("n2", 2, None), name="second")
        print(t1.get_name(), t2.get_name())
    print(t1.get_name(), t2.get_name())


async def cancelled_from_outside():
    cancelled.clear()

    async def group_owner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("c1", 5, False))
            tg.create_task(sleeper("c2", 5, False))
            await asyncio.sleep(5)

    t = asyncio.create_task(group_owner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner cancelled", t.cancelled())
    print(sorted(cancelled))


async def main():
    for step in [basic, one_fails, two_fail, body_raises, child_cancels_body,
                 shutting_down, misuse, nested, nested_failure, named,
                 cancelled_from_outside]:
        print("--", step.__name__)
        await step()


asyncio.run(main())

# expect: -- basic
# expect: body done False False False
# expect: done b
# expect: done a
# expect: done c
# expect: after block True True True
# expect: 1 2 3
# expect: TaskGroup
# expect: -- one_fails
# expect: body end
# expect: raising in f
# expect: ExceptionGroup
# expect: unhandled errors in a TaskGroup
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: 1
# expect: ValueError('bad value')
# expect: True True
# expect: tuple
# expect: True True
# expect: -- two_fail
# expect: raising in f1
# expect: raising in f2
# expect: unhandled errors in a TaskGroup (2 sub-exceptions)
# expect: KeyError('k')
# expect: TypeError('t')
# expect: ['s1', 's2']
# expect: -- body_raises
# expect: s3 saw CancelledError
# expect: group: unhandled errors in a TaskGroup (1 sub-exception)
# expect: RuntimeError('from body')
# expect: -- child_cancels_body
# expect: raising in f3
# expect: body saw CancelledError
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: ValueError('child')
# expect: after the group
# expect: -- shutting_down
# expect: raising in f4
# expect: RuntimeError: TaskGroup <TaskGroup tasks=1 errors=1 cancelling> is shutting down
# expect: OSError('os')
# expect: -- misuse
# expect: <TaskGroup>
# expect: RuntimeError: TaskGroup <TaskGroup> has not been entered
# expect: <TaskGroup entered>
# expect: <TaskGroup tasks=1 entered>
# expect: 0
# expect: RuntimeError: TaskGroup <TaskGroup entered> is finished
# expect: RuntimeError: TaskGroup <TaskGroup entered> has already been entered
# expect: -- nested
# expect: [2, 1] [3, 2, 0]
# expect: -- nested_failure
# expect: raising in inner-f
# expect: inner-sibling saw CancelledError
# expect: outer-sibling saw CancelledError
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: ExceptionGroup unhandled errors in a TaskGroup (1 sub-exception)
# expect:    ValueError('deep')
# expect: -- named
# expect: first second
# expect: done n1
# expect: done n2
# expect: first second
# expect: -- cancelled_from_outside
# expect: owner cancelled True
# expect: ['c1', 'c2']
