# atexit: calls made after the main thread and every non-daemon thread
# have finished, last registered first, with their arguments; one that
# raises is reported and the others still run.
import atexit
import threading
import time


def bye(who, punct="!"):
    print("bye", who + punct)


def bad():
    raise ValueError("oops")


atexit.register(bye, "first")
atexit.register(bad)
f = atexit.register(bye, "second", punct="?")
print(f is bye)
atexit.register(print, "never printed")
atexit.unregister(print)
try:
    atexit.register(42)
except TypeError as e:
    print(e)


def worker():
    time.sleep(0.05)
    print("worker done")


threading.Thread(target=worker).start()
print("main done")
# expect: True
# expect: the first argument must be callable
# expect: main done
# expect: worker done
# expect: bye second?
# expect: bye first!
# expect-stderr: Exception ignored in atexit callback: <function bad at 0x
# expect-stderr: ValueError: oops
