# A pool that is never shut down: at exit, as in CPython, its idle workers
# are woken and joined after every queued call has run; atexit's calls
# come after that, last registered first.
import atexit
import threading
from concurrent.futures import ThreadPoolExecutor

go = threading.Event()


ran = []


def late(i):
    go.wait()
    ran.append(i)


atexit.register(print, "atexit: registered first, runs last")
atexit.register(lambda: print("atexit: calls run", sorted(ran), "threads left", threading.active_count()))
pool = ThreadPoolExecutor(max_workers=2)
for i in range(4):
    pool.submit(late, i)
print("main thread ends with", threading.active_count(), "threads")
go.set()
# expect: main thread ends with 3 threads
# expect: atexit: calls run [0, 1, 2, 3] threads left 1
# expect: atexit: registered first, runs last
