# threading's old camelCase names still work in 3.11 (each warns with DeprecationWarning on stderr, nothing on stdout).
import threading

print(threading.currentThread().getName())  # expect: MainThread
# expect-stderr: DeprecationWarning: currentThread() is deprecated, use current_thread() instead
# expect-stderr: DeprecationWarning: getName() is deprecated, get the name attribute instead
print(threading.currentThread() is threading.current_thread())  # expect: True
print(threading.activeCount())  # expect: 1
# expect-stderr: DeprecationWarning: activeCount() is deprecated, use active_count() instead


def job(out):
    me = threading.current_thread()
    out.append((me.name, me.daemon))


results = []
t = threading.Thread(target=job, args=(results,))
t.setName("renamed")
# expect-stderr: DeprecationWarning: setName() is deprecated, set the name attribute instead
print(t.getName(), t.name)  # expect: renamed renamed
print(t.isDaemon())  # expect: False
# expect-stderr: DeprecationWarning: isDaemon() is deprecated, get the daemon attribute instead
t.setDaemon(True)
# expect-stderr: DeprecationWarning: setDaemon() is deprecated, set the daemon attribute instead
print(t.daemon)  # expect: True
t.start()
t.join()
print(results)  # expect: [('renamed', True)]

# The new attribute names and the old methods see the same state.
u = threading.Thread(target=job, args=(results,), name="first")
u.name = "second"
u.daemon = False
print(u.getName(), u.isDaemon())  # expect: second False

# setDaemon on a started thread is refused, like assigning .daemon.
v = threading.Thread(target=job, args=(results,), name="late")
v.start()
v.join()
try:
    v.setDaemon(True)
except RuntimeError as e:
    print(type(e).__name__, e)  # expect: RuntimeError cannot set daemon status of active thread
try:
    v.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)  # expect: RuntimeError cannot set daemon status of active thread

# Renaming after the thread finished is allowed.
v.setName("done")
print(v.getName(), v.is_alive())  # expect: done False

# The main thread is not a daemon.
main = threading.main_thread()
print(main.getName(), main.isDaemon())  # expect: MainThread False
print(results[-1])  # expect: ('late', False)
