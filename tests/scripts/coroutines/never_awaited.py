# A coroutine that is called but never awaited runs nothing, and CPython
# warns when it is dropped, naming the line that dropped it.


async def fetch(url):
    print("fetching", url)
    return url


fetch("a")
print("after the call")  # expect: after the call
c = fetch("b")
print(type(c).__name__, c.__qualname__)  # expect: coroutine fetch
c.close()
print("closed, no warning for it")  # expect: closed, no warning for it
# expect-stderr: RuntimeWarning: coroutine 'fetch' was never awaited
# expect-stderr:   fetch("a")
# expect-stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
