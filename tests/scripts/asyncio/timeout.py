# asyncio.timeout / timeout_at (3.11): in time, expired (builtin TimeoutError
# chained from CancelledError), None, reschedule, when, expired, repr states,
# misuse errors, foreign cancellation, nesting, and wait_for.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def in_time():
    async with asyncio.timeout(5) as cm:
        r = await slow("quick", 0.01)
    print("result", r, cm.expired(), repr(cm))
    print(type(cm).__name__)


async def too_slow():
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow("slowpoke", 5)
        print("not reached")
    except TimeoutError as e:
        print(type(e).__name__, isinstance(e, TimeoutError), repr(str(e)), e.args)
        print("cause", type(e.__cause__).__name__)
    print(cm.expired(), repr(cm))
    print(asyncio.TimeoutError is TimeoutError)


async def swallowed():
    # the body catches the cancellation: no TimeoutError, but expired() is True
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("after block", cm.expired())


async def never():
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.02)
        print("when is None", cm.when() is None)
    print("expired", cm.expired(), repr(cm))


async def rescheduled():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            deadline = loop.time() + 0.01
            cm.reschedule(deadline)
            print("when set", cm.when() is not None, cm.when() == deadline)
            await asyncio.sleep(5)
    except TimeoutError:
        print("rescheduled deadline hit", cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
        print("disarmed", cm.when() is None)
    print(cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(loop.time() + 5)
            await asyncio.sleep(0.03)
            print("pushed back, still running")
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fires at the next await", cm.expired())


async def zero_without_await():
    async with asyncio.timeout(0) as cm:
        x = 1 + 1
    print("no await, no timeout", x, cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) with an await", cm.expired())


async def at():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await slow("at-slow", 5)
    except TimeoutError as e:
        print("timeout_at", type(e).__name__, cm.expired())
    async with asyncio.timeout_at(loop.time() + 5) as cm:
        await slow("at-quick", 0.01)
    print(cm.expired())


async def misuse():
    cm = asyncio.timeout(0.1)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    for action in ["reschedule", "enter"]:
        try:
            if action == "reschedule":
                cm.reschedule(None)
            else:
                async with cm:
                    pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(5)
    except TimeoutError:
        pass
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)


async def foreign_cancel():
    async def guarded():
        async with asyncio.timeout(5) as cm:
            try:
                await asyncio.sleep(5)
            finally:
                print("guarded body exits, expired", cm.expired())

    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel propagates as CancelledError", t.cancelled())
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0)
            raise asyncio.CancelledError("manual")
    except asyncio.CancelledError as e:
        print("manual CancelledError unchanged", e.args, cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            raise ValueError("inner")
    except ValueError as e:
        print("ValueError unchanged", e, cm.expired())


async def nested():
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(5) as inner:
                await asyncio.sleep(5)
    except TimeoutError:
        print("outer fired", outer.expired(), inner.expired())
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(5)
        except TimeoutError:
            print("inner fired", outer.expired(), inner.expired())
        await asyncio.sleep(0.01)
    print("outer ok", outer.expired())


async def wait_for():
    print(await asyncio.wait_for(slow("wf-quick", 0.01), 5))
    print(await asyncio.wait_for(slow("wf-none", 0.01), None))
    try:
        await asyncio.wait_for(slow("wf-slow", 5), 0.01)
    except TimeoutError as e:
        print("wait_for", type(e).__name__, isinstance(e, TimeoutError), isinstance(e, asyncio.TimeoutError))
    t = asyncio.create_task(slow("wf-task", 5))
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except asyncio.TimeoutError:
        print("task cancelled by wait_for", t.cancelled())


async def main():
    for step in [in_time, too_slow, swallowed, never, rescheduled,
                 zero_without_await, at, misuse, foreign_cancel, nested,
                 wait_for]:
        print("--", step.__name__)
        await step()


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("outside a loop:", e)

# expect: -- in_time
# expect: quick finished
# expect: result quick False <Timeout [finished]>
# expect: Timeout
# expect: -- too_slow
# expect: slowpoke cancelled
# expect: TimeoutError True '' ()
# expect: cause CancelledError
# expect: True <Timeout [expired]>
# expect: True
# expect: -- swallowed
# expect: body swallowed the cancellation
# expect: after block True
# expect: -- never
# expect: when is None True
# expect: expired False <Timeout [finished]>
# expect: -- rescheduled
# expect: when set True True
# expect: rescheduled deadline hit True
# expect: disarmed True
# expect: False
# expect: pushed back, still running
# expect: past deadline fires at the next await True
# expect: -- zero_without_await
# expect: no await, no timeout 2 False
# expect: timeout(0) with an await True
# expect: -- at
# expect: at-slow cancelled
# expect: timeout_at TimeoutError True
# expect: at-quick finished
# expect: False
# expect: -- misuse
# expect: <Timeout [created]>
# expect: RuntimeError: Timeout has not been entered
# expect: RuntimeError: Cannot change state of finished Timeout
# expect: RuntimeError: Timeout has already been entered
# expect: RuntimeError: Cannot change state of expired Timeout
# expect: -- foreign_cancel
# expect: guarded body exits, expired False
# expect: outer cancel propagates as CancelledError True
# expect: manual CancelledError unchanged ('manual',) False
# expect: ValueError unchanged inner False
# expect: -- nested
# expect: outer fired True False
# expect: inner fired False True
# expect: outer ok False
# expect: -- wait_for
# expect: wf-quick finished
# expect: wf-quick
# expect: wf-none finished
# expect: wf-none
# expect: wf-slow cancelled
# expect: wait_for TimeoutError True True
# expect: wf-task cancelled
# expect: task cancelled by wait_for True
# expect: outside a loop: no running event loop
