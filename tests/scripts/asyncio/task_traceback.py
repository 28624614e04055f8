# An exception escaping the main coroutine ends asyncio.run with its
# traceback, through the awaits that led to it.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise KeyError("lost")


async def main():
    await inner()


asyncio.run(main())
# expect-stderr: , line 15, in <module>
# expect-stderr: , line 12, in main
# expect-stderr: , line 8, in inner
# expect-stderr: KeyError: 'lost'
# expect-exit: 1
