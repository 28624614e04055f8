# differential: skip
# (concurrent.interpreters is Python 3.14's; the oracle here is 3.11.)
# Interpreters share nothing: globals, modules and objects are each one's
# own; what crosses is copied, and a Queue is the same queue on both sides.
from concurrent import interpreters
import concurrent.interpreters as ci
import threading

total = 0


def add(n):
    global total
    total += n
    return total


def relay(q_in, q_out):
    while (item := q_in.get()) is not None:
        item.append("seen")
        q_out.put(item)
    q_out.put(None)


def where():
    return threading.current_thread().name, __name__


if __name__ == "__main__":
    interp = interpreters.create()
    print(interp, interp.id, ci.get_current(), ci.get_main(), ci.list_all())
    interp.exec("x = 40\nprint('hello from', __name__)")
    interp.exec("x += 2\nprint('x is', x)")
    interp.prepare_main(y=[1, 2])
    interp.exec("y.append(3)\nprint(y)")
    # The interpreter's own copy of the script's globals:
    print(interp.call(add, 5), interp.call(add, 5), "here total is", total)
    print(interp.call(where))
    try:
        interp.exec("1/0")
    except interpreters.ExecutionFailed as e:
        print("ExecutionFailed:", e, "|", e.excinfo.type)
    try:
        interp.call(int, "x")
    except interpreters.ExecutionFailed as e:
        print("call failed:", e)
    a, b = interpreters.create_queue(), interpreters.create_queue()
    t = interp.call_in_thread(relay, a, b)
    sent = [0]
    a.put(sent)
    a.put(None)
    out = []
    while (item := b.get()) is not None:
        out.append(item)
    t.join()
    print(out, "sent list unchanged:", sent)
    try:
        a.get(timeout=0.01)
    except interpreters.QueueEmpty:
        print("QueueEmpty")
    for thing in (lambda: 0, threading.Lock(), interp):
        try:
            a.put(thing)
            print("sent", type(thing).__name__)
        except interpreters.NotShareableError as e:
            print("not shareable:", str(e).split(" at ")[0])
    print(ci.is_shareable([1, (2, "x"), {3: None}]), ci.is_shareable(ci))
    interp.close()
    print(len(ci.list_all()))
# expect: Interpreter(1) 1 Interpreter(0) Interpreter(0) [Interpreter(0), Interpreter(1)]
# expect: hello from __main__
# expect: x is 42
# expect: [1, 2, 3]
# expect: 5 10 here total is 0
# expect: ('interp-1', '__mp_main__')
# expect: ExecutionFailed: ZeroDivisionError: division by zero | ZeroDivisionError
# expect: call failed: ValueError: invalid literal for int() with base 10: 'x'
# expect: [[0, 'seen']] sent list unchanged: [0]
# expect: QueueEmpty
# expect: not shareable: Can't pickle <function <lambda>
# expect: not shareable: cannot pickle '_thread.lock' object
# expect: sent Interpreter
# expect: True False
# expect: 1
