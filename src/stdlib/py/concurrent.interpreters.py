"""concurrent.interpreters: Python 3.14's interpreters (PEP 734), each with
its own GIL.

An interpreter has its own modules and globals and its own lock, in this
one OS process; two interpreters run Python code in parallel under any GIL
policy. Nothing is shared: exec() runs source code in the interpreter's
__main__ namespace, call() runs a function there (found by name, like
pickle: define it at the top level of a module), prepare_main() binds
copied values, and a Queue carries copies of what is put on it.

Where gilvm differs from CPython 3.14: call() and exec() run on a thread
of the other interpreter (the caller waits, releasing its own lock)
rather than switching the calling thread over; a function defined by one
exec() keeps the globals of that exec().
"""

import queue as _queue
import threading as _threading

import _interpreters

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter', 'InterpreterError', 'InterpreterNotFoundError',
    'ExecutionFailed', 'NotShareableError', 'create_queue', 'Queue',
    'QueueEmpty', 'QueueFull',
]


class InterpreterError(Exception):
    """A cross-interpreter operation failed."""


class InterpreterNotFoundError(InterpreterError):
    """The interpreter does not exist (any more)."""


class NotShareableError(ValueError):
    """The object cannot be sent to another interpreter."""


class _ExcInfo:
    def __init__(self, type_name, msg, formatted):
        self.type = type_name
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = formatted

    def __repr__(self):
        return "ExceptionSnapshot(type=%s, msg=%r)" % (self.type, self.msg)


class ExecutionFailed(InterpreterError):
    """An exception went uncaught in the other interpreter; excinfo
    describes it (type, msg, formatted: its traceback there)."""

    def __init__(self, excinfo):
        msg = excinfo.formatted.strip().splitlines()[-1] if excinfo.formatted else excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        return self.args[0]


class QueueEmpty(_queue.Empty):
    """get() found the queue empty."""


class QueueFull(_queue.Full):
    """put() found the queue full."""


def _outcome(call):
    """The result of a finished _interpreters.Call, an ExecutionFailed if
    it raised."""
    try:
        return call.result()
    except BaseException as e:
        if not call.raised:
            raise
        formatted = call.traceback or ""
        info = _ExcInfo(type(e).__name__, str(e), formatted)
        raise ExecutionFailed(info) from None


class Interpreter:
    """One interpreter: its id, exec(), call(), call_in_thread(),
    prepare_main(), close()."""

    def __init__(self, id):
        self._id = id

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self._id)

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        return isinstance(other, Interpreter) and other._id == self._id

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return "runtime init" if self._id == 0 else "stdlib"

    def _check_other(self):
        if self._id == _interpreters.get_current():
            raise InterpreterError("gilvm runs code in another interpreter only")
        if self._id not in _interpreters.list_all():
            raise InterpreterNotFoundError(self._id)

    def is_running(self):
        return False

    def close(self):
        """Destroys the interpreter."""
        self._check_other()
        _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, /, **kwargs):
        """Binds names in the interpreter's __main__, the values copied."""
        self._check_other()
        shared = dict(ns or {})
        shared.update(kwargs)
        _outcome(_interpreters.exec(self._id, "", shared))

    def exec(self, code, /):
        """Runs source code in the interpreter's __main__ namespace; an
        uncaught exception there is ExecutionFailed here."""
        self._check_other()
        _outcome(_interpreters.exec(self._id, code))

    def call(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter and returns
        the result (copied back)."""
        self._check_other()
        call = _interpreters.start(self._id, "interp-%d" % self._id, callable, args, kwargs)
        return _outcome(call)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Starts a thread here that makes call(); returns the thread."""
        t = _threading.Thread(target=self.call, args=(callable,) + args, kwargs=kwargs)
        t.start()
        return t


def get_current():
    return Interpreter(_interpreters.get_current())


def get_main():
    return Interpreter(0)


def create():
    """A new interpreter, with its own modules, globals and GIL."""
    return Interpreter(_interpreters.create())


def list_all():
    return [Interpreter(i) for i in _interpreters.list_all()]


def is_shareable(obj):
    """Whether obj can be sent to another interpreter (copied, or a
    queue)."""
    probe = _interpreters.Queue()
    try:
        probe.put(obj)
    except Exception:
        return False
    return True


class Queue:
    """A queue between interpreters: items are copied as they go in and
    come out; the queue itself can be sent (it is the same queue)."""

    def __init__(self, maxsize=0):
        self._queue = _interpreters.Queue(maxsize)
        self._maxsize = maxsize

    def __repr__(self):
        return "%s(maxsize=%d)" % (type(self).__name__, self._maxsize)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self._queue.empty()

    def full(self):
        return self._queue.full()

    def qsize(self):
        return self._queue.qsize()

    def put(self, obj, block=True, timeout=None):
        try:
            self._queue.put(obj, block, timeout)
        except _queue.Full:
            raise QueueFull()
        except (TypeError, AttributeError, _interpreters.PicklingError) as e:
            raise NotShareableError(str(e)) from e

    def put_nowait(self, obj):
        self.put(obj, block=False)

    def get(self, block=True, timeout=None):
        try:
            return self._queue.get(block, timeout)
        except _queue.Empty:
            raise QueueEmpty()

    def get_nowait(self):
        return self.get(block=False)


def create_queue(maxsize=0):
    """A new Queue between interpreters."""
    return Queue(maxsize)
