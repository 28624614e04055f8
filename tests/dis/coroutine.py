# await: GET_AWAITABLE, then the YIELD_FROM that delegates to what it gives.
async def double(x):
    return x * 2


async def main():
    a = await double(1)
    return a + await double(2)
