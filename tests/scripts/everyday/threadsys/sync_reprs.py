# The reprs of the synchronisation objects, addresses masked.
import threading

def shown(obj):
    text = repr(obj)
    out = ""
    while "0x" in text:
        before, _, text = text.partition("0x")
        while text and text[0] in "0123456789abcdef":
            text = text[1:]
        out += before + "ADDR"
    return out + text

lock = threading.Lock()
print(shown(lock))  # expect: <unlocked _thread.lock object at ADDR>
lock.acquire()
print(shown(lock))  # expect: <locked _thread.lock object at ADDR>
r = threading.RLock()
print(shown(r))  # expect: <unlocked _thread.RLock object owner=0 count=0 at ADDR>
e = threading.Event()
print(shown(e))  # expect: <threading.Event at ADDR: unset>
e.set()
print(shown(e))  # expect: <threading.Event at ADDR: set>
print(shown(threading.Condition()))  # expect: <Condition(<unlocked _thread.RLock object owner=0 count=0 at ADDR>, 0)>
print(shown(threading.Semaphore(2)))  # expect: <threading.Semaphore at ADDR: value=2>
print(shown(threading.BoundedSemaphore(3)))  # expect: <threading.BoundedSemaphore at ADDR: value=3/3>
print(shown(threading.Barrier(2)))  # expect: <threading.Barrier at ADDR: waiters=0/2>
print(repr(lock) == repr(lock), id(lock) == id(lock))  # expect: True True
print(hex(id(lock)) in repr(lock))  # expect: True
