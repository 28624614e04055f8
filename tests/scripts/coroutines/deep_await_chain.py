# A chain of awaits as deep as the recursion limit allows: each await
# resumes the awaited coroutine in the same dispatch loop (no Rust recursion).
import sys
sys.setrecursionlimit(30000)


async def down(n):
    if n == 0:
        return 0
    return 1 + await down(n - 1)


c = down(20000)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)  # expect: 20000
