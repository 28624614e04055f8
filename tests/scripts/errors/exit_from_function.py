# sys.exit(0) from deep inside calls ends the whole program successfully.
import sys


def deep(n):
    if n == 0:
        print("exiting at the bottom")
        sys.exit(0)
    deep(n - 1)
    print("not reached")


deep(5)  # expect: exiting at the bottom
