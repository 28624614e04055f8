# A thread that sleeps 1 ms at a time beside a CPU-bound one.
import threading
import time

stop = False

def spin():
    n = 0
    while not stop:
        n += 1

def ticker(out):
    for _ in range(3):
        t0 = time.perf_counter()
        time.sleep(0.001)
        out.append(round((time.perf_counter() - t0) * 1000, 3))

delays = []
cpu = threading.Thread(target=spin)
cpu.start()
io = threading.Thread(target=ticker, args=(delays,))
io.start()
io.join()
stop = True
cpu.join()
print(delays)
