# threading.Timer: fires once after its interval with args/kwargs; cancel() before it fires prevents the call.
import threading

fired = []


def record(label, value=0):
    fired.append((label, value, threading.current_thread().name))


t = threading.Timer(0.01, record, args=["tick"], kwargs={"value": 7})
t.name = "timer-1"
t.start()
t.join()
print(fired)  # expect: [('tick', 7, 'timer-1')]
print(t.is_alive(), isinstance(t, threading.Thread))  # expect: False True

# Cancelled before the interval elapses: the function never runs.
never = threading.Timer(10.0, record, args=["never"])
never.start()
never.cancel()
never.join()
print(len(fired), never.is_alive())  # expect: 1 False

# Cancelling a timer that was never started is harmless; starting it afterwards does nothing.
idle = threading.Timer(0.01, record, args=["idle"])
idle.cancel()
idle.start()
idle.join()
print(len(fired))  # expect: 1

# Cancelling after it has fired has no effect.
done = threading.Timer(0.0, record, ["done"])
done.start()
done.join()
done.cancel()
print(fired[-1][:2])  # expect: ('done', 0)

# Several timers joined in order; results sorted so the schedule does not matter.
results = []
lock = threading.Lock()


def add(n):
    with lock:
        results.append(n * n)


timers = []
for n in [3, 1, 2]:
    timers.append(threading.Timer(0.005 * n, add, args=(n,)))
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print(sorted(results))  # expect: [1, 4, 9]

# A timer with a bound method and a lambda.
class Alarm:
    def __init__(self):
        self.rang = 0

    def ring(self):
        self.rang += 1


alarm = Alarm()
ta = threading.Timer(0.001, alarm.ring)
tb = threading.Timer(0.001, lambda: alarm.ring())
ta.start()
tb.start()
ta.join()
tb.join()
print(alarm.rang)  # expect: 2

# A cancelled, never-started timer can still be joined only after start().
c = threading.Timer(5.0, record)
c.cancel()
try:
    c.join()
except RuntimeError as e:
    print(e)  # expect: cannot join thread before it is started

# Starting a timer twice is an error like any thread.
try:
    t.start()
except RuntimeError as e:
    print(e)  # expect: threads can only be started once
