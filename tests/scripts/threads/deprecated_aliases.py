# The camelCase names of old threading code still work, with CPython's
# DeprecationWarning for each (shown once per line, as in __main__).
import threading

c = threading.Condition()
with c:
    c.notifyAll()
print(threading.Event().isSet())
# expect: False
print(threading.activeCount())
# expect: 1
# expect-stderr: DeprecationWarning: notifyAll() is deprecated, use notify_all() instead
# expect-stderr: DeprecationWarning: isSet() is deprecated, use is_set() instead
# expect-stderr: DeprecationWarning: activeCount() is deprecated, use active_count() instead
