"""multiprocessing: processes that share nothing, in one OS process.

Each "process" is an interpreter of its own (see _interpreters): its own
modules and globals, its own GIL and policy. Two of them run Python code
in parallel even under a GIL, which is what multiprocessing is for.
Nothing is shared: the target, its arguments and everything put on a
Queue are copied (functions and classes by name, as pickle does), so a
global changed in a child is unchanged in the parent.

The start method is spawn's: a child finds the script's functions by
running the script again as __mp_main__, which is why the main code must
sit under `if __name__ == "__main__":`; starting a process while that
happens is CPython's bootstrapping error. So workers are named as
CPython names spawned ones (SpawnPoolWorker-N); Process objects are
Process-N.

No shared memory (Value, Array, Manager) and no locks between processes:
they would share what this module is here to keep apart.
"""

import os as _os
import sys as _sys
import threading as _threading

import _interpreters

_process_count = 0
_process_lock = _threading.Lock()


def _next_process_name(kind):
    global _process_count
    with _process_lock:
        _process_count += 1
        return "%s-%d" % (kind, _process_count)


def _refuse_while_bootstrapping():
    raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class _MainProcess:
    name = "MainProcess"
    daemon = False
    exitcode = None

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


class _WorkerProcess(_MainProcess):
    """What current_process() is in a pool's worker."""

    daemon = True

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<%s name=%r parent=%d started daemon>" % (
            "SpawnProcess", self.name, _os.getppid())


_current_process = _MainProcess()
_children = []


def current_process():
    """The Process object of the interpreter running this code."""
    return _current_process


def parent_process():
    if isinstance(_current_process, _MainProcess):
        return None
    return _MainProcess()


def active_children():
    """The started children that have not finished (finished ones are
    joined)."""
    for p in list(_children):
        if not p.is_alive():
            p.join()
    return list(_children)


def cpu_count():
    return _os.cpu_count()


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return "spawn"


def set_start_method(method, force=False):
    if method not in ("spawn", "fork", "forkserver"):
        raise ValueError("cannot find context for %r" % method)


def get_all_start_methods():
    return ["spawn"]


def _bootstrap(process):
    """Runs in the child: the process's run(), and its exit code."""
    global _current_process
    _current_process = process
    try:
        process.run()
        return 0
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=_sys.stderr)
        return 1
    except BaseException:
        import traceback
        print("Process %s:" % process.name, file=_sys.stderr)
        traceback.print_exc()
        return 1


class Process:
    """A function run in an interpreter of its own: start(), join()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        global _process_count
        with _process_lock:
            _process_count += 1
            self._number = _process_count
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or "%s-%d" % (type(self).__name__, self._number)
        self._daemon = bool(daemon)
        self._interp = None
        self._exitcode = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if _interpreters.is_bootstrapping():
            _refuse_while_bootstrapping()
        assert self._interp is None, 'cannot start a process twice'
        assert not getattr(_current_process, "_daemon", False), \
            'daemonic processes are not allowed to have children'
        self._interp = _interpreters.create()
        self._call = _interpreters.start(self._interp, self._name, _bootstrap, (self,),
                                         None, self._daemon)
        _children.append(self)

    def join(self, timeout=None):
        assert self._interp is not None, 'can only join a started process'
        if self._call.join(timeout) and self._exitcode is None:
            try:
                self._exitcode = self._call.result()
            except BaseException:
                # The child failed before run(): finding its target (the
                # script run again as __mp_main__) raised.
                print(self._call.traceback, end="", file=_sys.stderr)
                self._exitcode = 1
            if self in _children:
                _children.remove(self)
            _interpreters.destroy(self._interp)

    def is_alive(self):
        if self._interp is None or self._exitcode is not None:
            return False
        return not self._call.done()

    def terminate(self):
        raise NotImplementedError(
            "gilvm cannot stop a process from outside: its interpreter's "
            "thread runs until its function returns")

    kill = terminate

    def close(self):
        pass

    @property
    def exitcode(self):
        if self._interp is not None and self._exitcode is None and self._call.done():
            self.join(0)
        return self._exitcode

    @property
    def pid(self):
        if self._interp is None:
            return None
        return _os.getpid() - _interpreters.get_current() + self._interp

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        assert self._interp is None, 'process has already started'
        self._daemon = bool(value)

    def __repr__(self):
        if self._interp is None:
            status = "initial"
        elif self.exitcode is None:
            status = "started"
        elif self._exitcode == 0:
            status = "stopped"
        else:
            status = "stopped exitcode=%d" % self._exitcode
        daemon = " daemon" if self._daemon else ""
        return "<%s name=%r parent=%d %s%s>" % (
            type(self).__name__, self._name, _os.getpid(), status, daemon)


class Queue:
    """A queue between processes: what is put is copied in, what is got is
    copied out."""

    def __init__(self, maxsize=0):
        self._queue = _interpreters.Queue(maxsize)
        self._maxsize = maxsize

    def put(self, obj, block=True, timeout=None):
        self._queue.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        return self._queue.get(block, timeout)

    def put_nowait(self, obj):
        self._queue.put_nowait(obj)

    def get_nowait(self):
        return self._queue.get_nowait()

    def qsize(self):
        return self._queue.qsize()

    def empty(self):
        return self._queue.empty()

    def full(self):
        return self._queue.full()

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


SimpleQueue = Queue


def _futures_module():
    # Imported when a Pool is made, not with multiprocessing: a script
    # with processes and queues only does not pay for it.
    import concurrent.futures
    return concurrent.futures


class AsyncResult:
    """The result of Pool.apply_async or map_async."""

    def __init__(self, futures, single, callback=None, error_callback=None):
        self._futures = futures
        self._single = single
        self._callback = callback
        self._error_callback = error_callback
        self._reported = False

    def _outcome(self, timeout):
        done, not_done = _futures_module().wait(self._futures, timeout)
        if not_done:
            raise TimeoutError
        values = [f.result() for f in self._futures]
        return values[0] if self._single else values

    def ready(self):
        return all(f.done() for f in self._futures)

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return all(f.exception() is None for f in self._futures)

    def wait(self, timeout=None):
        _futures_module().wait(self._futures, timeout)

    def get(self, timeout=None):
        try:
            value = self._outcome(timeout)
        except TimeoutError:
            raise
        except BaseException as e:
            if self._error_callback is not None and not self._reported:
                self._reported = True
                self._error_callback(e)
            raise
        if self._callback is not None and not self._reported:
            self._reported = True
            self._callback(value)
        return value


class Pool:
    """A pool of worker processes (interpreters): map, starmap, apply,
    their _async forms, imap and imap_unordered."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None):
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._executor = _futures_module().ProcessPoolExecutor(processes, initializer=initializer,
                                                      initargs=initargs)
        self._executor._worker_name = "SpawnPoolWorker"
        self._executor._start()
        self._state = "RUN"

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        f = self._executor.submit(func, *args, **kwds)
        return AsyncResult([f], True, callback, error_callback)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        fs = [self._executor.submit(func, x) for x in iterable]
        return AsyncResult(fs, False, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        fs = [self._executor.submit(func, *args) for args in iterable]
        return AsyncResult(fs, False, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        fs = [self._executor.submit(func, x) for x in iterable]

        def results():
            for f in fs:
                yield f.result()

        return results()

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        fs = [self._executor.submit(func, x) for x in iterable]

        def results():
            for f in _futures_module().as_completed(fs):
                yield f.result()

        return results()

    def close(self):
        if self._state == "RUN":
            self._state = "CLOSE"

    def terminate(self):
        self._state = "TERMINATE"
        self._executor.shutdown(wait=True, cancel_futures=True)

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return "<multiprocessing.pool.Pool state=%s pool_size=%d>" % (
            self._state, self._processes)
