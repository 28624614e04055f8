"""The low-level threading module, as old examples use it: locks and
threads started with a function and its arguments.

Its threads are threading.Thread objects marked daemon, so, as in CPython,
the run does not wait for them at exit.
"""

import threading as _threading

allocate_lock = _threading.Lock
allocate = allocate_lock
LockType = type(allocate_lock())
RLock = _threading.RLock
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
TIMEOUT_MAX = _threading.TIMEOUT_MAX
error = RuntimeError
_local = _threading.local


def start_new_thread(function, args, kwargs=None):
    """Starts a thread running function(*args, **kwargs); returns its ident."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is None:
        kwargs = {}
    elif not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    thread = _threading.Thread(target=function, args=args, kwargs=kwargs, daemon=True)
    thread.start()
    return thread.ident


start_new = start_new_thread


def exit():
    """Ends the calling thread (SystemExit, which a thread ends on quietly)."""
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    """gilvm's threads have a fixed stack: 0 (the default) is all it knows."""
    if size != 0:
        raise ValueError("gilvm does not change the thread stack size")
    return 0


def interrupt_main(signum=2):
    raise RuntimeError("_thread.interrupt_main() is not supported by gilvm yet")
