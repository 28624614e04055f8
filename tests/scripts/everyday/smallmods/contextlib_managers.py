# contextlib: contextmanager (setup/teardown, seeing the exception), suppress and nullcontext.
from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

# expect: <p>
with tag("p") as t:
    print("inside", t)  # expect: inside P
# expect: </p>

try:
    with tag("div"):  # expect: <div>
        print("about to fail")  # expect: about to fail
        raise ValueError("bad value")  # expect: </div>
except ValueError as e:
    print("outside caught", e)  # expect: outside caught bad value

@contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print("generator saw", type(e).__name__, e)
    print("after the block")

with catching():
    print(1 / 0)  # expect: generator saw ZeroDivisionError division by zero
    # expect: after the block
print("execution continues")  # expect: execution continues

@contextmanager
def logged():
    try:
        yield
    except Exception as e:
        print("log:", type(e).__name__)
        raise

try:
    with logged():
        {}["k"]  # expect: log: KeyError
except KeyError as e:
    print("re-raised", repr(e))  # expect: re-raised KeyError('k')

@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])

with counter() as s:
    for _ in range(3):
        s["n"] += 1
# expect: final count 3

with suppress(KeyError):
    print({}["missing"])
print("suppressed KeyError")  # expect: suppressed KeyError
with suppress(ValueError, TypeError):
    int("x")
print("suppressed ValueError")  # expect: suppressed ValueError
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)  # expect: not suppressed: list index out of range

with nullcontext() as n:
    print("nullcontext gives", n)  # expect: nullcontext gives None
with nullcontext(42) as n:
    print("nullcontext gives", n)  # expect: nullcontext gives 42

def process(items, lock=None):
    with lock if lock is not None else nullcontext():
        return sum(items)

print(process([1, 2, 3]), process([4], tag("lock")))  # expect: <lock>
# expect: </lock>
# expect: 6 4

# expect: <a>
# expect: <b>
with tag("a") as x, tag("b") as y:
    print(x, y)  # expect: A B
# expect: </b>
# expect: </a>
