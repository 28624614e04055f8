# The same work as threads_2.py on 2 worker processes: in gilvm, two
# interpreters with a GIL each in one OS process, so they run in parallel
# (in CPython, two OS processes).
from concurrent.futures import ProcessPoolExecutor

def work(n):
    total = 0
    i = 0
    while i < n:
        total = total + i % 3
        i = i + 1
    return total

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(sum(pool.map(work, [3000000, 3000000])))
