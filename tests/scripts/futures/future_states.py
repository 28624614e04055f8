# A Future on its own: states, callbacks, cancellation, timeouts, errors.
import concurrent.futures
from concurrent.futures import Future

f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("callback sees", fut.result()))
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: print("a late callback runs at once", fut.result()))
print(repr(f).split(" at ")[0], repr(f).split(" state=")[1])
print(f.cancel(), f.result(), f.exception())
try:
    f.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

g = Future()
print(repr(g).split(" state=")[1])
print(g.cancel(), g.cancelled(), g.done(), g.cancel())
print(repr(g).split(" state=")[1])
for method in (g.result, g.exception):
    try:
        method()
    except concurrent.futures.CancelledError as e:
        print(method.__name__, "raises CancelledError, an", type(e).__mro__[1].__name__)
print(g.set_running_or_notify_cancel())

h = Future()
for method in (h.result, h.exception):
    try:
        method(timeout=0.01)
    except TimeoutError as e:
        print(method.__name__, "timed out:", type(e).__name__, e is not None)
print(concurrent.futures.TimeoutError is TimeoutError)

e = Future()
e.set_exception(KeyError("k"))
print(repr(e).split(" state=")[1])
print(repr(e.exception()))
try:
    e.result()
except KeyError as err:
    print("result raises", repr(err))


def bad_callback(fut):
    raise RuntimeError("callback failed")


# A callback that raises is reported on stderr; the others still run.
k = Future()
k.add_done_callback(bad_callback)
k.add_done_callback(lambda fut: print("second callback runs"))
k.set_result(None)

print(hasattr(concurrent.futures, "Error"), concurrent.futures.CancelledError.__mro__[1].__name__)
print(issubclass(concurrent.futures.BrokenExecutor, RuntimeError))
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.ALL_COMPLETED)
# expect: False False False
# expect: True True
# expect: callback sees 42
# expect: a late callback runs at once 42
# expect: <Future finished returned int>
# expect: False 42 None
# expect: InvalidStateError FINISHED
# expect: pending>
# expect: True True True True
# expect: cancelled>
# expect: result raises CancelledError, an Error
# expect: exception raises CancelledError, an Error
# expect: False
# expect: result timed out: TimeoutError True
# expect: exception timed out: TimeoutError True
# expect: True
# expect: finished raised KeyError>
# expect: KeyError('k')
# expect: result raises KeyError('k')
# expect: second callback runs
# expect: False Error
# expect: True
# expect: FIRST_COMPLETED ALL_COMPLETED
# expect-stderr: exception calling callback for <Future at 0x
# expect-stderr: RuntimeError: callback failed
