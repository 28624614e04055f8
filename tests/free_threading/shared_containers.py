# Four threads append to one list, write one dict and iterate the list while
# it grows. Each list and dict operation holds the container's own lock, so
# under every policy, `--gil none` included, no update is lost and no
# iteration sees a torn list.
import threading

shared = []
last_writer = {}

def work(k):
    for i in range(20000):
        shared.append(i)
        last_writer[i % 10] = k
    seen = 0
    for x in shared:
        seen += 1
    return seen

threads = []
for k in range(4):
    threads.append(threading.Thread(target=work, args=(k,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(last_writer), sum(shared))
