# Three threads pull jobs from one generator; who gets which job depends on
# the schedule, and the same seed always gives the same one.
import threading

def jobs(n):
    for i in range(n):
        yield f"job{i}"

source = jobs(12)
lock = threading.Lock()
done = []

def worker(name):
    while True:
        with lock:
            job = next(source, None)
        if job is None:
            return
        total = sum(k * k for k in range(200))
        done.append((name, job, total))

ts = [threading.Thread(target=worker, args=(f"w{k}",)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(done), sorted(j for _, j, _ in done) == sorted(f"job{i}" for i in range(12)))
print(" ".join(f"{w}:{j}" for w, j, _ in done))
