# Exceptions in coroutines: they propagate through awaits to send()'s caller,
# finally runs on close(), and an uncaught one prints a traceback through them.
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: , line 52, in <module>
# expect-stderr: , line 48, in outer
# expect-stderr: , line 45, in inner
# expect-stderr: KeyError: 'lost'
class Pause:
    def __await__(self):
        yield "paused"

async def deep(n):
    await Pause()
    raise ValueError("bad value %d" % n)

async def caller():
    try:
        return await deep(3)
    finally:
        print("caller finally")

c = caller()
print(c.send(None))  # expect: paused
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
# expect: caller finally
# expect: ValueError bad value 3

async def cleanup():
    try:
        print("working")
        await Pause()
        print("not reached")
    finally:
        print("cleanup ran")
c = cleanup()
c.send(None)  # expect: working
c.close()  # expect: cleanup ran

async def inner():
    await Pause()
    raise KeyError("lost")

async def outer():
    await inner()

c = outer()
c.send(None)
c.send(None)
print("not reached")
