# A deadlock: two threads take two locks in opposite orders.
#
#   cargo run --release -- run examples/deadlock.py
# Look for: CPython would hang here forever. gilvm notices that every thread
# is blocked on something only another blocked thread could release, prints
# who waits for what and who holds it, and exits with status 1.
# differential: skip (CPython hangs)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython
import threading
import time

fork = threading.Lock()
knife = threading.Lock()

def left_handed():
    with fork:
        time.sleep(0.05)
        with knife:
            print("left-handed eats")

def right_handed():
    with knife:
        time.sleep(0.05)
        with fork:
            print("right-handed eats")

a = threading.Thread(target=left_handed, name="left")
b = threading.Thread(target=right_handed, name="right")
a.start()
b.start()
a.join()
b.join()
print("dinner is over")
