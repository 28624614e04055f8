# An uncaught exception in a thread is reported on stderr; the others go on.
import threading

def boom():
    raise ValueError("bad thing")

t = threading.Thread(target=boom)
t.start()
t.join()
print("main still runs")  # expect: main still runs
# expect-stderr: Exception in thread Thread-1 (boom):
# expect-stderr: ValueError: bad thing
