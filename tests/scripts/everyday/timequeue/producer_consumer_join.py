# Producer/consumer with one worker, task_done() and join(); a daemon worker left blocked on get() after join().
import queue
import threading

# One producer (the main thread), one consumer: FIFO order makes the output fixed.
q = queue.Queue()
results = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        print("consumed", item)
        q.task_done()


worker = threading.Thread(target=consumer, name="consumer")
worker.start()
for i in range(1, 5):
    q.put(i)
q.put(None)
q.join()
# expect: consumed 1
# expect: consumed 2
# expect: consumed 3
# expect: consumed 4
worker.join()
print("results", results)  # expect: results [1, 4, 9, 16]
print(q.unfinished_tasks, q.empty(), worker.is_alive())  # expect: 0 True False

# The pattern from the queue documentation: a daemon worker that never returns.
# After q.join() returns, the worker is blocked on q.get(); being a daemon, it
# does not keep the program from exiting.
jobs = queue.Queue()
done = []


def daemon_worker():
    while True:
        item = jobs.get()
        done.append("Finished " + item)
        jobs.task_done()


threading.Thread(target=daemon_worker, daemon=True).start()
for n in range(3):
    jobs.put("job-%d" % n)
jobs.join()
for line in done:
    print(line)
# expect: Finished job-0
# expect: Finished job-1
# expect: Finished job-2
print("All work completed")  # expect: All work completed

# A bounded queue: the producer blocks on put() until the consumer makes room.
box = queue.Queue(maxsize=1)
taken = []


def slow_consumer():
    for _ in range(5):
        taken.append(box.get())
        box.task_done()


c = threading.Thread(target=slow_consumer)
c.start()
for i in range(5):
    box.put(i)
box.join()
c.join()
print(taken, box.qsize())  # expect: [0, 1, 2, 3, 4] 0
