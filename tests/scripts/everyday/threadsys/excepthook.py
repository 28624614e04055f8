# threading.excepthook: the default report on stderr, then a user hook that receives exc_type, exc_value and thread.
import sys
import threading


def divide(a, b):
    return a // b


def crash_with_zero():
    divide(1, 0)


def crash_with_key():
    {"a": 1}["b"]


# Default hook: "Exception in thread NAME:" and a traceback on stderr; the program goes on.
t = threading.Thread(target=crash_with_zero, name="calc")
t.start()
t.join()
# expect-stderr: Exception in thread calc:
# expect-stderr: Traceback (most recent call last):
# expect-stderr: in crash_with_zero
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
print("main continues", t.is_alive())  # expect: main continues False
print(threading.excepthook is threading.__excepthook__)  # expect: True

# A user hook replaces the report.
reports = []


def my_hook(args):
    reports.append(args.thread.name)
    print("hook:", args.exc_type.__name__, args.exc_value, "in", args.thread.name)
    print("  traceback present:", args.exc_traceback is not None)


threading.excepthook = my_hook
for name, func in [("w1", crash_with_zero), ("w2", crash_with_key)]:
    w = threading.Thread(target=func, name=name)
    w.start()
    w.join()
# expect: hook: ZeroDivisionError integer division or modulo by zero in w1
# expect:   traceback present: True
# expect: hook: KeyError 'b' in w2
# expect:   traceback present: True
print(reports)  # expect: ['w1', 'w2']


# A raised exception with a custom class and message.
class JobError(Exception):
    pass


def failing_job(n):
    raise JobError("job %d failed" % n)


w = threading.Thread(target=failing_job, args=(7,), name="job-7")
w.start()
w.join()
# expect: hook: JobError job 7 failed in job-7
# expect:   traceback present: True

# Restore the default hook.
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)  # expect: True

# The default hook ignores SystemExit: sys.exit() in a thread ends only that thread, silently.
q = threading.Thread(target=sys.exit, args=(3,), name="quitter")
q.start()
q.join()
print("done", q.is_alive())  # expect: done False
