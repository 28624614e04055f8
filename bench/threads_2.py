# CPU-bound work on 2 threads of one interpreter: one GIL, so no faster
# than one thread (issue 15's baseline for interpreters_2.py).
import threading

def work(n, out, slot):
    total = 0
    i = 0
    while i < n:
        total = total + i % 3
        i = i + 1
    out[slot] = total

if __name__ == "__main__":
    out = [0, 0]
    ts = [threading.Thread(target=work, args=(3000000, out, k)) for k in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sum(out))
