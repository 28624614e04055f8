# Subclasses of threading.local: attributes per thread, the class's
# __init__ run again (with the original arguments) in each thread that
# touches the instance, properties and methods from the class, __dict__,
# vars() and dir() showing the thread's own attributes.
import threading


class S(threading.local):
    pass


s = S()
try:
    del s.temp
except AttributeError as e:
    print(e)  # expect: 'S' object has no attribute 'temp'
try:
    s.temp
except AttributeError as e:
    print(e)  # expect: 'S' object has no attribute 'temp'
s.a = 1
s.b = 2
print(s.__dict__, vars(s), "a" in dir(s), "b" in dir(s))  # expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2} True True
try:
    S(1)
except TypeError as e:
    print(e)  # expect: Initialization arguments are not supported


class Counter(threading.local):
    label = "counter"

    def __init__(self, start, *, step=1):
        self.value = start
        self.step = step

    @property
    def doubled(self):
        return self.value * 2

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
c.bump()
out = []


def work(n):
    for _ in range(n):
        c.bump()
    out.append((n, c.value, c.doubled, c.step, c.label, sorted(vars(c))))


ts = [threading.Thread(target=work, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
# expect: [(1, 15, 30, 5, 'counter', ['step', 'value']), (2, 20, 40, 5, 'counter', ['step', 'value']), (3, 25, 50, 5, 'counter', ['step', 'value'])]
print(c.value, c.doubled, isinstance(c, threading.local), type(c).__name__)  # expect: 15 30 True Counter


# A per-thread attribute may shadow a method, in that thread only.
class Shadow(threading.local):
    def hello(self):
        return "method"


sh = Shadow()
seen = []


def shadowing():
    sh.hello = lambda: "attribute"
    seen.append(sh.hello())


t = threading.Thread(target=shadowing)
t.start()
t.join()
print(seen, sh.hello())  # expect: ['attribute'] method


# __init__ that fails in a new thread: the error is raised there.
class Fussy(threading.local):
    def __init__(self, owner):
        if threading.current_thread().name != owner:
            raise ValueError("only " + owner)
        self.ok = True


f = Fussy("MainThread")
errors = []


def touch():
    try:
        f.ok
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=touch, name="Other")
t.start()
t.join()
print(f.ok, errors)  # expect: True ['only MainThread']
