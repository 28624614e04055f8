# The switch interval: how long a thread waiting for the GIL lets the
# holder run before asking it to let go (CPython's sys.setswitchinterval).
#
#   cargo run --release -- run examples/switch_interval.py
#   cargo run --release -- run --gil fifo examples/switch_interval.py
# Look for: two CPU-bound threads record which of them is running; with a
# long interval the record shows long runs of one thread (few switches);
# with a short one the threads alternate more often.
# differential: skip (counts depend on the schedule)
import sys
import threading
import time

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
    time.sleep(0.2)
    stop = True
    a.join()
    b.join()
    switches = 0
    for i in range(1, len(trace)):
        if trace[i] != trace[i - 1]:
            switches += 1
    return switches

for interval in [0.05, 0.005, 0.0005]:
    print(f"interval {interval * 1000:6.1f} ms: {run_with(interval):4d} switches in 0.2 s")
