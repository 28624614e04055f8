# The counter race, and its fix with a lock.
#
#   cargo run --release -- run examples/counter_race.py
#   cargo run --release -- run --gil legacy examples/counter_race.py
#   cargo run --release -- run --gil none examples/counter_race.py
#   cargo run --release -- run --seed 1 --interleaving --gil legacy examples/counter_race.py 50
#   cargo run --release -- compare --report race.html examples/counter_race.py
# Look for: `counter += 1` is three steps (load, add, store). Under the
# default cpython policy a thread can only be switched out at a backward
# jump or a call, never between those steps, so no update is lost. Under
# legacy (Python 2: a switch may come after any instruction) and none
# (threads really run at once) updates are lost. With the lock the count is
# exact under every policy. The optional argument is how many times each
# thread adds 1 (default 100000).
# Why updates are lost, instruction by instruction, with a schedule of the
# fewest switches that loses some (replayable with --schedule):
#   cargo run --release -- explore --gil legacy --explain examples/counter_race.py 50
# The outcomes explore may see (see docs/deterministic.md):
# outcome: acceptable without a lock: {n} of {n}*with a lock:*{n} of {n}
# outcome: interesting without a lock: * of {n}*with a lock:*{n} of {n}
# differential: skip (the unlocked count depends on the schedule)
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=legacy,none seed=1 args=50
# snapshot: policies=cpython seed=1 args=30000
import sys
import threading

N = 100000
if len(sys.argv) > 1:
    N = int(sys.argv[1])
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
        threads.append(threading.Thread(target=work, args=(N,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print("without a lock:", counter, "of", 4 * N)
print("with a lock:   ", locked_counter, "of", 4 * N)
