# The switch interval: how long a thread waiting for the GIL lets the
# holder run before asking it to let go (CPython's sys.setswitchinterval).
#
#   cargo run --release -- run examples/switch_interval.py
#   cargo run --release -- run --gil fifo examples/switch_interval.py
#   cargo run --release -- run --timeline --stats examples/switch_interval.py
# Look for: two CPU-bound threads record which of them is running; with a
# long interval the record shows long runs of one thread (few switches);
# with a short one the threads alternate more often. Optional arguments:
# how long each run lasts, in seconds (default 0.2), then the intervals to
# try, in milliseconds (default 50 5 0.5).
# differential: skip (counts depend on the schedule)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython seed=4 args=0.01,5,1
import sys
import threading
import time

DURATION = 0.2
INTERVALS = [0.05, 0.005, 0.0005]
if len(sys.argv) > 1:
    DURATION = float(sys.argv[1])
if len(sys.argv) > 2:
    INTERVALS = []
    for ms in sys.argv[2:]:
        INTERVALS.append(float(ms) / 1000)
trace = []
stop = False

def work(name):
    while not stop:
        trace.append(name)

def run_with(interval):
    global stop, trace
    sys.setswitchinterval(interval)
    trace = []
    stop = False
    a = threading.Thread(target=work, args=("a",))
    b = threading.Thread(target=work, args=("b",))
    a.start()
    b.start()
    time.sleep(DURATION)
    stop = True
    a.join()
    b.join()
    switches = 0
    for i in range(1, len(trace)):
        if trace[i] != trace[i - 1]:
            switches += 1
    return switches

for interval in INTERVALS:
    print(f"interval {interval * 1000:6.1f} ms: {run_with(interval):4d} switches in {DURATION} s")
