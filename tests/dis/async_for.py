# async for: GET_AITER once, then each step awaits GET_ANEXT inside a
# handler whose END_ASYNC_FOR ends the loop at StopAsyncIteration.
async def total(numbers):
    t = 0
    async for n in numbers:
        t += n
    else:
        t = -t
    return t
