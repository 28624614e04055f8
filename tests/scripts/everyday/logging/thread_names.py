# Logging from threads with %(threadName)s: named threads, default "Thread-N (func)" names, fixed order by joining each.
import logging
import sys
import threading

logging.basicConfig(level=logging.DEBUG, format="%(threadName)-20s %(levelname)-5s %(message)s", stream=sys.stdout)


def worker(n):
    logging.debug("starting job %d", n)
    total = sum(range(n * 10))
    logging.info("job %d total=%d", n, total)


logging.info("main begins")  # expect: MainThread           INFO  main begins

# Named threads, each started and joined before the next one starts.
for i in range(1, 4):
    t = threading.Thread(target=worker, args=(i,), name="worker-%d" % i)
    t.start()
    t.join()
# expect: worker-1             DEBUG starting job 1
# expect: worker-1             INFO  job 1 total=45
# expect: worker-2             DEBUG starting job 2
# expect: worker-2             INFO  job 2 total=190
# expect: worker-3             DEBUG starting job 3
# expect: worker-3             INFO  job 3 total=435

# Unnamed threads get "Thread-N (target name)", counting from 1.
for i in range(4, 6):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
# expect: Thread-1 (worker)    DEBUG starting job 4
# expect: Thread-1 (worker)    INFO  job 4 total=780
# expect: Thread-2 (worker)    DEBUG starting job 5
# expect: Thread-2 (worker)    INFO  job 5 total=1225


# A Thread subclass without a target is just "Thread-N".
class Reporter(threading.Thread):
    def run(self):
        logging.warning("reporting from %s", self.name)


r = Reporter()
r.start()
r.join()
# expect: Thread-3             WARNING reporting from Thread-3

# A logger per thread name: %(name)s and %(threadName)s side by side.
logging.basicConfig(format="%(name)s@%(threadName)s: %(message)s", stream=sys.stdout, force=True)


def fetch(url):
    log = logging.getLogger("fetch." + threading.current_thread().name)
    log.info("GET %s", url)


for name, url in [("a", "/index"), ("b", "/about")]:
    t = threading.Thread(target=fetch, args=(url,), name=name)
    t.start()
    t.join()
# expect: fetch.a@a: GET /index
# expect: fetch.b@b: GET /about
logging.info("main ends")  # expect: root@MainThread: main ends
