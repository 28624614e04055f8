# Subclassing threading.Thread: run() override, super().__init__ with name/daemon, results after join.
import threading


class Summer(threading.Thread):
    def __init__(self, lo, hi, name=None):
        super().__init__(name=name)
        self.lo = lo
        self.hi = hi
        self.result = None

    def run(self):
        total = 0
        for i in range(self.lo, self.hi):
            total += i
        self.result = total


workers = [Summer(0, 1000), Summer(1000, 2000, name="second"), Summer(2000, 3000)]
print(workers[0].name, workers[1].name, workers[2].name)  # expect: Thread-1 second Thread-2
print(workers[0].result, workers[0].is_alive())  # expect: None False
for w in workers:
    w.start()
for w in workers:
    w.join()
results = []
for w in workers:
    results.append(w.result)
print(results)  # expect: [499500, 1499500, 2499500]
print(sum(results) == sum(range(3000)))  # expect: True
print(workers[1].is_alive(), isinstance(workers[1], threading.Thread))  # expect: False True


# daemon= passed through super().__init__; the flag is inherited from the creating thread otherwise.
class Background(threading.Thread):
    def __init__(self, daemon):
        super().__init__(name="bg", daemon=daemon)
        self.seen = []

    def run(self):
        self.seen.append(threading.current_thread().name)
        self.seen.append(threading.current_thread() is self)
        self.seen.append(self.daemon)


bg = Background(True)
print(bg.daemon)  # expect: True
bg.start()
bg.join()
print(bg.seen)  # expect: ['bg', True, True]
fg = Background(None)
print(fg.daemon)  # expect: False
fg.daemon = True
print(fg.daemon)  # expect: True
fg.start()
fg.join()
try:
    fg.daemon = False
except RuntimeError as e:
    print(e)  # expect: cannot set daemon status of active thread


# Forgetting super().__init__ is detected when the thread is started.
class Forgetful(threading.Thread):
    def __init__(self):
        self.value = 1

    def run(self):
        pass


try:
    Forgetful().start()
except RuntimeError as e:
    print(e)  # expect: thread.__init__() not called


# A subclass that does not override run() runs its target.
class Tagged(threading.Thread):
    def __init__(self, tag, target, args):
        super().__init__(target=target, args=args)
        self.tag = tag


out = []
t = Tagged("t1", out.append, ("from target",))
t.start()
t.join()
print(t.tag, out)  # expect: t1 ['from target']


# run() can be called directly: it runs in the calling thread.
direct = Summer(0, 5)
direct.run()
print(direct.result, direct.is_alive())  # expect: 10 False


# A run() that raises: the thread ends, the traceback goes to stderr, the main thread goes on.
class Crashy(threading.Thread):
    def run(self):
        self.started_ok = True
        raise ValueError("worker failed")


c = Crashy(name="crashy")
c.start()
c.join()
print(c.started_ok, c.is_alive())  # expect: True False
print("main continues")  # expect: main continues
# expect-stderr: Exception in thread crashy:
# expect-stderr: ValueError: worker failed
