# Many threads logging through one handler: each record is one write() of a whole line, and the handler's lock keeps a slow stream's lines apart.
import logging
import threading
import time


class SlowStream:
    """Stores text one character at a time, yielding to other threads in between."""

    def __init__(self):
        self.chars = []
        self.writes = 0

    def write(self, text):
        self.writes += 1
        for ch in text:
            self.chars.append(ch)
            time.sleep(0)

    def flush(self):
        pass


stream = SlowStream()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(message)s"))
log = logging.getLogger("busy")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.propagate = False


def worker(n):
    for i in range(20):
        log.info("item %d of worker %d", i, n)


threads = [threading.Thread(target=worker, args=(n,), name="w%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = "".join(stream.chars).split("\n")
print(len(lines), repr(lines[-1]), stream.writes)  # expect: 81 '' 80
good = 0
for line in lines[:-1]:
    name, level, message = line.split("|")
    words = message.split()
    if level == "INFO" and words[0] == "item" and name == "w" + words[-1]:
        good += 1
print(good)  # expect: 80
per_thread = {}
for line in lines[:-1]:
    name = line.split("|")[0]
    per_thread[name] = per_thread.get(name, 0) + 1
print(sorted(per_thread.items()))  # expect: [('w0', 20), ('w1', 20), ('w2', 20), ('w3', 20)]

# A terminator other than a newline is written in the same call as the message.
handler.terminator = ";\n"
log.warning("custom end")
print(repr("".join(stream.chars[-len("MainThread|WARNING|custom end;\n"):])))  # expect: 'MainThread|WARNING|custom end;\n'
print(stream.writes)  # expect: 81
