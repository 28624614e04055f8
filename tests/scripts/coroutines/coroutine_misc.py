# async def in classes, under decorators, with defaults/keywords and closures;
# await inside expressions and f-strings, and its precedence (binds tighter than **).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def three():
    return 3

class Account:
    def __init__(self, balance):
        self.balance = balance
    async def deposit(self, amount):
        self.balance += await self.fee_free(amount)
        return self.balance
    async def fee_free(self, amount):
        return amount

print(run(Account(10).deposit(5)))  # expect: 15

def logged(fn):
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        result = await fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@logged
async def scaled(x, factor=2, *, offset=0):
    return x * factor + offset

print(run(scaled(4)), run(scaled(4, 3, offset=1)))
# expect: calling scaled
# expect: returned 8
# expect: calling scaled
# expect: returned 13
# expect: 8 13

async def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    async def bump_twice():
        bump()
        bump()
        return count
    first = await bump_twice()
    return first, count + await three()

print(run(counter()))  # expect: (2, 5)

async def expressions():
    x = 1 + await three()
    print(x, f"got {await three()}!", [await three(), await three()])
    print(await three() ** 2, 2 ** await three(), -await three())
    print(await three() * await three(), not await three())

run(expressions())
# expect: 4 got 3! [3, 3]
# expect: 9 8 -3
# expect: 9 False
