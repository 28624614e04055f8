# Found by running teaching scripts: leaving an 'async with' by return,
# break or continue awaits __aexit__; a cancelled Lock waiter does not let
# a second task in; wait_for cancelled as its task ends returns the
# result (3.11); gather's cancelled child is CancelledError('').
import asyncio

class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print('enter', self.n)
        return self
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
        print('exit', self.n)
        return False

async def main():
    for i in range(3):
        async with CM(i):
            if i == 0:
                continue
            if i == 1:
                break
    print('after loop')
    lock = asyncio.Lock()
    async def g():
        async with lock:
            return 1
    await g()
    print('locked after return:', lock.locked())
    try:
        async with CM('x'):
            try:
                return
            finally:
                print('inner finally')
    finally:
        print('outer finally')

asyncio.run(main())



async def lock_task(i, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(i, 'cancelled')
        return
    print(i, 'acquired')
    await asyncio.sleep(0)
    lock.release()
    print(i, 'released')

async def lock_main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(lock_task(i, lock)) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts)

asyncio.run(lock_main())



async def wf_inner():
    await asyncio.sleep(0)
    return 1

async def wf_outer():
    try:
        r = await asyncio.wait_for(wf_inner(), 2)
        print('got', r)
    except asyncio.CancelledError:
        print('outer saw CancelledError')
        raise

async def wf_main():
    t = asyncio.create_task(wf_outer())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
        print('t finished normally; cancelled() =', t.cancelled())
    except asyncio.CancelledError:
        print('t cancelled')

asyncio.run(wf_main())

async def gather_main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True))
asyncio.run(gather_main())
# expect: enter 0
# expect: exit 0
# expect: enter 1
# expect: exit 1
# expect: after loop
# expect: locked after return: False
# expect: enter x
# expect: inner finally
# expect: exit x
# expect: outer finally
# expect: 1 cancelled
# expect: 0 acquired
# expect: 0 released
# expect: 2 acquired
# expect: 2 released
# expect: got 1
# expect: t finished normally; cancelled() = False
# expect: [CancelledError('')]
