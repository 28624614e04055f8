# sys.getrecursionlimit / setrecursionlimit.
import sys

print(sys.getrecursionlimit())  # expect: 1000


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


sys.setrecursionlimit(100)
print(sys.getrecursionlimit())  # expect: 100
print(depth(50))  # expect: 50
try:
    depth(200)
except RecursionError:
    print("limit reached")  # expect: limit reached
sys.setrecursionlimit(1000)
print(depth(500))  # expect: 500
