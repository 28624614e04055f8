# The counter race, and its fix with a lock.
#
#   cargo run --release -- run examples/counter_race.py
#   cargo run --release -- run --gil legacy examples/counter_race.py
#   cargo run --release -- run --gil none examples/counter_race.py
# Look for: `counter += 1` is three steps (load, add, store). Under the
# default cpython policy a thread can only be switched out at a backward
# jump or a call, never between those steps, so no update is lost. Under
# legacy (Python 2: a switch may come after any instruction) and none
# (threads really run at once) updates are lost. With the lock the count is
# exact under every policy.
# differential: skip (the unlocked count depends on the schedule)
import threading

counter = 0
locked_counter = 0
lock = threading.Lock()

def unsafe(n):
    global counter
    for _ in range(n):
        counter += 1

def safe(n):
    global locked_counter
    for _ in range(n):
        with lock:
            locked_counter += 1

for work in [unsafe, safe]:
    threads = []
    for _ in range(4):
        threads.append(threading.Thread(target=work, args=(100000,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print("without a lock:", counter, "of 400000")
print("with a lock:   ", locked_counter, "of 400000")
