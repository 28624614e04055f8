# threading.enumerate(), active_count(), main_thread(), get_ident() and get_native_id() while threads are alive and after.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread())  # expect: MainThread True
print(type(threading.get_ident()).__name__, main.ident == threading.get_ident())  # expect: int True
print(type(threading.get_native_id()).__name__, threading.get_native_id() > 0)  # expect: int True
print(main.native_id == threading.get_native_id())  # expect: True
print([t.name for t in threading.enumerate()])  # expect: ['MainThread']
print(threading.active_count())  # expect: 1

release = threading.Event()
ready = threading.Semaphore(0)
seen = {}
seen_lock = threading.Lock()


def waiter():
    me = threading.current_thread()
    with seen_lock:
        seen[me.name] = (threading.get_ident(), threading.get_native_id())
    ready.release()
    release.wait()


threads = [threading.Thread(target=waiter, name=n) for n in ["cook", "baker", "waiter"]]
print(threads[0].ident, threads[0].native_id, threads[0].is_alive())  # expect: None None False
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()

# All three are alive and blocked on the event.
print(threading.active_count())  # expect: 4
names = sorted(t.name for t in threading.enumerate())
print(names)  # expect: ['MainThread', 'baker', 'cook', 'waiter']
print(len(threading.enumerate()))  # expect: 4
print(all(t.is_alive() for t in threads))  # expect: True
print(main in threading.enumerate())  # expect: True

# Each thread's ident matches what it saw from inside, and idents are distinct while alive.
for t in threads:
    ident, native = seen[t.name]
    print(t.name, t.ident == ident, t.native_id == native, isinstance(ident, int))
# expect: cook True True True
# expect: baker True True True
# expect: waiter True True True
idents = {t.ident for t in threads} | {main.ident}
print(len(idents))  # expect: 4

release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])  # expect: 1 ['MainThread']
print([t.is_alive() for t in threads])  # expect: [False, False, False]

# The ident stays readable after the thread finished.
print(all(isinstance(t.ident, int) for t in threads))  # expect: True

# repr of a thread shows its state.
fresh = threading.Thread(target=waiter, name="fresh")
print(repr(fresh))  # expect: <Thread(fresh, initial)>
print(repr(threads[0]).startswith("<Thread(cook, stopped "))  # expect: True
print(repr(main).startswith("<_MainThread(MainThread, started "))  # expect: True
