# The race of race.py, with the only outcome it allows: every update kept.
# outcome: acceptable 2000
# outcome: forbidden *
import threading

counter = 0

def work(n):
    global counter
    for _ in range(n):
        counter += 1

a = threading.Thread(target=work, args=(1000,))
b = threading.Thread(target=work, args=(1000,))
a.start()
b.start()
a.join()
b.join()
print(counter)
