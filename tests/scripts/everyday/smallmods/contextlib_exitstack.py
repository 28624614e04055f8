# contextlib: ExitStack (LIFO callbacks, suppression, pop_all, chained errors), closing, ContextDecorator and contextmanager misuse.
from contextlib import contextmanager, ExitStack, closing, suppress, nullcontext, ContextDecorator, AbstractContextManager

class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name)

with closing(Resource("db")) as r:
    print("using", r.name)  # expect: using db
    # expect: close db

with ExitStack() as stack:
    files = [stack.enter_context(closing(Resource("f" + str(i)))) for i in range(3)]
    stack.callback(print, "callback with", 42)
    print("opened", [f.name for f in files])  # expect: opened ['f0', 'f1', 'f2']
    # expect: callback with 42
    # expect: close f2
    # expect: close f1
    # expect: close f0

with ExitStack() as stack:  # expect: exit callback sees ValueError
    stack.push(lambda exc_type, exc, tb: print("exit callback sees", exc_type.__name__) or True)
    raise ValueError("swallowed")
print("after the swallowed error")  # expect: after the swallowed error

with ExitStack() as outer:
    outer.callback(print, "moved callback")
    kept = outer.pop_all()
print("outer closed")  # expect: outer closed
kept.close()  # expect: moved callback

def fail_first():
    raise KeyError("first")

def fail_second():
    raise ValueError("second")

try:
    with ExitStack() as stack:
        stack.callback(fail_first)
        stack.callback(fail_second)
        raise TypeError("body")
except Exception as e:
    print(type(e).__name__, e, "<-", type(e.__context__).__name__, "<-", type(e.__context__.__context__).__name__)  # expect: KeyError 'first' <- ValueError <- TypeError

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)  # expect: 'builtins.int' object does not support the context manager protocol

@contextmanager
def section(name):
    print("begin", name)
    yield name
    print("end", name)

@section("job")
def job(n):
    print("working on", n)
    return n * 2

print(job(1))  # expect: begin job
# expect: working on 1
# expect: end job
# expect: 2
print(job(2))  # expect: begin job
# expect: working on 2
# expect: end job
# expect: 4
print(job.__name__)  # expect: job

class timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0])
        return False

@timed()
def task():
    print("task body")

task()  # expect: start
# expect: task body
# expect: stop None

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: generator didn't yield

@contextmanager
def yields_twice():
    yield 1
    yield 2

try:
    with yields_twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: generator didn't stop

@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e

try:
    with translate():
        {}["k"]
except LookupError as e:
    print(e, repr(e.__cause__))  # expect: translated KeyError('k')

cm = section("once")
with cm:  # expect: begin once
# expect: end once
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)  # expect: AttributeError

with suppress(LookupError):
    [][0]
print("IndexError is a LookupError")  # expect: IndexError is a LookupError
with nullcontext("value") as v, suppress(ZeroDivisionError):
    print(v)  # expect: value
    print(1 / 0)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(closing, AbstractContextManager))  # expect: True True
