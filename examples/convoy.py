# The convoy effect: an I/O thread that sleeps for 1 ms keeps waiting for a
# CPU-bound thread to give up the GIL.
#
#   cargo run --release -- run --timeline examples/convoy.py
#   cargo run --release -- run --timeline --switch-interval 1ms examples/convoy.py
#   cargo run --release -- run --timeline --gil none examples/convoy.py
# Look for (the timeline shows the waits): each wake-up is late by about one switch interval (5 ms by
# default): the sleeping thread must wait for the interval to pass before it
# can ask the CPU-bound thread to drop the GIL. A shorter interval shortens
# the delay; without a GIL there is no delay. The optional argument is the
# number of sleeps (default 100).
# differential: skip (prints timings)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython,ruby,none args=3
import sys
import threading
import time

stop = False

def spin():
    n = 0
    while not stop:
        n += 1

def ticker(count, delays):
    for _ in range(count):
        t0 = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - t0 - 0.001)

TICKS = 100
if len(sys.argv) > 1:
    TICKS = int(sys.argv[1])
delays = []
cpu = threading.Thread(target=spin)
cpu.start()
io = threading.Thread(target=ticker, args=(TICKS, delays))
io.start()
io.join()
stop = True
cpu.join()
delays = sorted(delays)
print(f"median extra wait after a 1 ms sleep: {delays[len(delays) // 2] * 1000:.2f} ms")
print(f"worst: {delays[-1] * 1000:.2f} ms")
