# sys.exit runs pending finally blocks and is not caught by `except Exception`.
# expect-exit: 2
import sys


def work():
    try:
        sys.exit(2)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally still runs")  # expect: finally still runs


work()
print("not reached")
