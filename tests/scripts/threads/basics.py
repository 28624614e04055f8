# Thread names, start/join, is_alive, arguments, results through a list.
import threading

def work(n, out, slot):
    total = 0
    for i in range(n):
        total += i
    out[slot] = total

out = [0, 0, 0]
ts = []
for k in range(3):
    t = threading.Thread(target=work, args=(1000 * (k + 1), out, k))
    ts.append(t)
print(ts[0].name, ts[2].name)  # expect: Thread-1 (work) Thread-3 (work)
print(ts[0].is_alive(), ts[0].ident is None)  # expect: False True
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)  # expect: [499500, 1999000, 4498500]
print(ts[1].is_alive(), ts[1].ident is None)  # expect: False False
named = threading.Thread(target=work, args=(10, out, 0), name="worker")
print(named.name)  # expect: worker
named.start()
named.join()
print(out[0])  # expect: 45
print(threading.current_thread().name)  # expect: MainThread
print(threading.main_thread() is threading.current_thread())  # expect: True
print(threading.active_count())  # expect: 1
kw = threading.Thread(target=work, kwargs={"n": 4, "out": out, "slot": 2})
kw.start()
kw.join()
print(out[2])  # expect: 6
try:
    kw.start()
except RuntimeError as e:
    print(e)  # expect: threads can only be started once
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print(e)  # expect: cannot join thread before it is started
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)  # expect: cannot join current thread
