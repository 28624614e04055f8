"""concurrent.futures: futures, and a pool of threads that runs calls.

The same behaviour as CPython 3.11's module, written for gilvm:

- A Future's state moves PENDING -> RUNNING -> FINISHED (or to CANCELLED
  while still pending); result() and exception() wait for it on a
  threading.Condition, with an optional timeout.
- ThreadPoolExecutor puts each submitted call on a queue.SimpleQueue.
  Workers are created lazily, one per submit while no worker is idle, up
  to max_workers, and are named as CPython names them
  (ThreadPoolExecutor-N_M, or PREFIX_M). They are ordinary gilvm threads,
  so every call they run takes the GIL: the timeline shows a pool that
  does not make CPU-bound work faster.
- At exit, as in CPython, idle workers are woken (threading's exit hook)
  and joined, after the calls already queued have run.
- wait() and as_completed() install a waiter on each future that the
  future signals as it completes.

A future that can never complete is a deadlock gilvm reports: result()
waits on a Condition, which takes part in deadlock detection.
"""

import collections as _collections
import os as _os
import queue as _queue
import threading as _threading
import time as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_NAMES = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls (an initializer failed)."""


class BrokenThreadPool(BrokenExecutor):
    """A worker thread of a ThreadPoolExecutor failed to initialize."""


# CPython's package does not export the base class.
del Error


# ----------------------------------------------------------------------
# Waiters: how wait() and as_completed() hear of completions


class _Waiter:
    def __init__(self):
        self.event = _threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = _threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, pending_calls, stop_on_exception):
        super().__init__()
        self.pending_calls = pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = _threading.Lock()

    def _one_less(self):
        with self.lock:
            self.pending_calls -= 1
            if not self.pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._one_less()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._one_less()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._one_less()


class _AllConditions:
    """Holds the condition of every future in fs (in a fixed order)."""

    def __init__(self, futures):
        self.futures = futures

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc):
        for f in self.futures:
            f._condition.release()


def _in_id_order(fs):
    return sorted(fs, key=id)


def _install_waiter(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(1 for f in fs if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED))
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled),
    those already complete first. Raises TimeoutError when timeout seconds
    pass with futures still pending."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AllConditions(_in_id_order(fs)):
        finished = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        pending = fs - finished
        waiter = _install_waiter(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        while finished:
            f = finished.pop()
            pending.discard(f)
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(
                        '%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            while finished:
                f = finished.pop()
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of fs: until all complete (ALL_COMPLETED),
    any completes (FIRST_COMPLETED), any raises (FIRST_EXCEPTION), or
    timeout seconds pass. Returns the sets (done, not_done)."""
    fs = set(fs)
    with _AllConditions(_in_id_order(fs)):
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ----------------------------------------------------------------------
# Future


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _report_callback_error(self, e)

    def __repr__(self):
        with self._condition:
            state = _STATE_NAMES[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancels the future if it has not started running. Returns
        whether it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future completes, at once if it has."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            _report_callback_error(self, e)

    def result(self, timeout=None):
        """Waits up to timeout seconds (for ever if None) and returns the
        call's result, or raises its exception, CancelledError or
        TimeoutError."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._outcome()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._outcome()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """Waits like result() and returns the call's exception, or None."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running and returns True, or
        returns False if it was cancelled (telling its waiters)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _report_callback_error(future, error):
    # CPython logs it on the "concurrent.futures" logger, which prints the
    # message and the traceback on stderr.
    import sys
    import traceback
    print('exception calling callback for %r' % (future,), file=sys.stderr)
    traceback.print_exception(error)


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        future = None


# ----------------------------------------------------------------------
# Executors


class Executor:
    """The interface of every executor: submit, map, shutdown, with."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), each call submitted at once; the
        results come back in order, each waited for as it is needed."""
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# Every pool's workers and their queue, woken and joined at exit.
_pools_at_exit = {}
_exiting = False
_exit_lock = _threading.Lock()


def _wake_and_join_at_exit():
    global _exiting
    with _exit_lock:
        _exiting = True
    items = list(_pools_at_exit.items())
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


_threading._register_atexit(_wake_and_join_at_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            import sys
            import traceback
            print('Exception in initializer:', file=sys.stderr)
            traceback.print_exception(e)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        if _exiting or executor._shutdown:
            executor._shutdown = True
            # Wake the next worker, which exits too.
            work_queue.put(None)
            return


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of at most max_workers threads (by default
    min(32, os.cpu_count() + 4)), created as calls arrive."""

    _pool_count = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._thread_list = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._pool_count
            ThreadPoolExecutor._pool_count += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns its Future."""
        with self._shutdown_lock, _exit_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # An idle worker takes the call: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._thread_list)
        if count < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, count)
            t = _threading.Thread(
                name=name, target=_worker,
                args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            self._thread_list.append(t)
            _pools_at_exit[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more calls are accepted; with cancel_futures the queued ones
        are cancelled; with wait, returns once the workers have finished."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake a worker; each one that exits wakes the next.
            self._work_queue.put(None)
        if wait:
            for t in self._thread_list:
                t.join()


# ----------------------------------------------------------------------
# Process pools: workers that are interpreters with a lock each


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as its cause."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _process_worker(tasks, results, initializer, initargs, name):
    """The loop of a ProcessPoolExecutor's worker, in its own interpreter:
    calls come in on tasks, outcomes go out on results (copied both ways);
    None ends it."""
    import multiprocessing
    multiprocessing._current_process = multiprocessing._WorkerProcess(name)
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            import sys
            import traceback
            print('Exception in initializer:', file=sys.stderr)
            traceback.print_exception(e)
            results.put(("broken", None, None, None))
            return
    while True:
        job = tasks.get()
        if job is None:
            results.put(None)
            return
        job_id, fn, args, kwargs = job
        try:
            value = fn(*args, **kwargs)
        except BaseException as e:
            import traceback
            tb = "".join(traceback.format_exception(e))
            try:
                results.put((job_id, False, e, tb))
            except Exception as unsendable:
                results.put((job_id, False, unsendable, tb))
        else:
            try:
                results.put((job_id, True, value, None))
            except Exception as unsendable:
                results.put((job_id, False, unsendable, None))


class BrokenProcessPool(BrokenExecutor):
    """A worker of a ProcessPoolExecutor failed to initialize."""


_process_pools = []


def _shut_process_pools_at_exit():
    for pool in list(_process_pools):
        pool.shutdown(wait=True)


_threading._register_atexit(_shut_process_pools_at_exit)


class ProcessPoolExecutor(Executor):
    """Runs calls on max_workers worker "processes" (by default
    os.cpu_count()): each an interpreter of its own, with its own globals
    and its own GIL, in this one OS process. Functions and arguments are
    copied to the worker (functions by name, so they must be defined at
    the top level of a module), results and exceptions copied back. Under
    any GIL policy two workers run Python code in parallel."""

    _worker_name = "SpawnProcess"

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        import _interpreters
        self._interpreters = _interpreters
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._lock = _threading.Lock()
        self._shutdown = False
        self._broken = False
        self._workers = []
        self._manager = None
        self._pending = {}
        self._backlog = _collections.deque()
        self._in_flight = 0
        self._next_id = 0
        self._stopping = False

    def _start(self):
        import multiprocessing
        if self._interpreters.is_bootstrapping():
            multiprocessing._refuse_while_bootstrapping()
        self._tasks = self._interpreters.Queue()
        self._results = self._interpreters.Queue()
        for _ in range(self._max_workers):
            iid = self._interpreters.create()
            name = multiprocessing._next_process_name(self._worker_name)
            call = self._interpreters.start(
                iid, name, _process_worker,
                (self._tasks, self._results, self._initializer, self._initargs, name))
            self._workers.append((iid, call))
        self._manager = _threading.Thread(target=self._manage)
        self._manager.start()
        _process_pools.append(self)

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) on a worker; returns its Future."""
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            if self._manager is None:
                self._start()
            future = Future()
            job_id = self._next_id
            self._next_id += 1
            self._pending[job_id] = future
            self._backlog.append((job_id, fn, args, kwargs))
            self._dispatch()
            return future

    def _dispatch(self):
        # Called with the lock held: keeps the workers' queue short (one
        # call more than there are workers, as CPython's call queue), so
        # that the rest can still be cancelled.
        while self._backlog and self._in_flight < self._max_workers + 1:
            job = self._backlog.popleft()
            future = self._pending[job[0]]
            if not future.set_running_or_notify_cancel():
                del self._pending[job[0]]
                continue
            try:
                self._tasks.put(job)
            except BaseException as e:
                # The call could not be copied to a worker (a lambda, a
                # lock...): its future says so, as CPython's does.
                del self._pending[job[0]]
                future.set_exception(e)
                continue
            self._in_flight += 1
        if self._shutdown and not self._backlog and not self._in_flight and not self._stopping:
            self._stopping = True
            for _ in self._workers:
                self._tasks.put(None)

    def _manage(self):
        alive = len(self._workers)
        while alive:
            message = self._results.get()
            if message is None:
                alive -= 1
                continue
            job_id, ok, value, tb = message
            if job_id == "broken":
                self._break()
                alive -= 1
                continue
            with self._lock:
                future = self._pending.pop(job_id, None)
                self._in_flight -= 1
                self._dispatch()
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                if tb is not None:
                    value.__cause__ = _RemoteTraceback('\n"""\n%s"""' % tb)
                future.set_exception(value)

    def _break(self):
        with self._lock:
            self._broken = ('A child process terminated abruptly, the process '
                            'pool is not usable anymore')
            error = BrokenProcessPool(self._broken)
            for future in self._pending.values():
                if not future.done():
                    if future.running() or future.set_running_or_notify_cancel():
                        future.set_exception(error)
            self._pending.clear()
            self._backlog.clear()
            self._in_flight = 0
            self._shutdown = True
            if not self._stopping:
                self._stopping = True
                for _ in self._workers:
                    self._tasks.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more calls are accepted; with cancel_futures the calls not
        started are cancelled; with wait, returns once the workers have
        finished and their interpreters are gone."""
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while self._backlog:
                    job = self._backlog.popleft()
                    future = self._pending.pop(job[0])
                    future.cancel()
            if self._manager is None:
                return
            self._dispatch()
        if wait:
            self._manager.join()
            for iid, call in self._workers:
                call.join()
                try:
                    self._interpreters.destroy(iid)
                except ValueError:
                    pass
            if self in _process_pools:
                _process_pools.remove(self)
