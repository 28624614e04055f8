# A thread pool, a process pool and a multiprocessing Pool on one job.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
import multiprocessing

def square(x):
    return x * x

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as threads:
        print(sorted(f.result() for f in as_completed([threads.submit(square, i) for i in range(4)])))
    with ProcessPoolExecutor(max_workers=2) as processes:
        print(list(processes.map(square, range(4))))
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(4)))
