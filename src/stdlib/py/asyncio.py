"""asyncio: an event loop that runs coroutines as tasks on one thread.

The same design as CPython's: a loop keeps a queue of ready callbacks
(run in FIFO order) and a heap of timers; a Task steps its coroutine with
send() until it awaits a Future that is not done, and the Future's done
callback schedules the next step. Time is the run's clock (time.monotonic),
so in deterministic mode an asyncio script that sleeps for minutes ends at
once. A blocking call inside a coroutine (time.sleep, a CPU loop) stalls
every task of the loop, as in CPython; to_thread and run_in_executor run a
function on a real gilvm thread, under the GIL.

When every task waits and nothing is scheduled, CPython would wait
forever; this loop says who awaits what instead (RuntimeError).
"""

import collections as _collections
import heapq as _heapq
import threading as _threading
import sys as _sys
import time as _time
import traceback as _traceback
import types as _types

import _task_trace

_event = _task_trace.event
_step = _task_trace.step

# Traced runs (--timeline, --trace, --report...) show each task as a lane
# under its loop's thread: created, running a step, awaiting what, ready,
# done. Untraced runs make the same calls (which then do nothing), so that a
# deterministic run follows the same schedule whether it is watched or not.


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


TimeoutError = TimeoutError

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_state = _threading.local()


def _running():
    return getattr(_state, "loop", None)


def get_running_loop():
    loop = _running()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _running()
    if loop is None:
        loop = getattr(_state, "default", None)
        if loop is None or loop.is_closed():
            loop = new_event_loop()
            _state.default = loop
    return loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    _state.default = loop


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isfuture(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None


# ----------------------------------------------------------------------
# Callbacks and timers


class Handle:
    """A callback scheduled on a loop."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A callback due at a time on the loop's clock."""

    def __init__(self, when, callback, args, loop, seq):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)


# ----------------------------------------------------------------------
# Futures and tasks


class Future:
    """A result that will be set later; awaiting it waits for it."""

    _asyncio_future_blocking = False
    _what = None

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self._state.lower())

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = [0]
_lane_counter = [0]
_all_tasks = []


class Task(Future):
    """A coroutine scheduled to run on a loop, a step at a time."""

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        # CPython 3.11 counts every task, named or not.
        _task_counter[0] += 1
        if name is None:
            name = "Task-%d" % _task_counter[0]
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        # A task has at most one step scheduled at a time: the handle of
        # the plain one is made once and queued again after each bare yield.
        self._step_handle = self._loop.call_soon(self.__step)
        _all_tasks.append(self)
        _lane_counter[0] += 1
        self._lane = _lane_counter[0]
        _event(self._lane, "start", self._name)

    def __repr__(self):
        state = self._state.lower()
        return "<Task %s name=%r coro=<%s>>" % (state, self._name, self._coro.__qualname__)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        result = None
        try:
            # Says "run", sends None (or throws exc) into the coroutine and,
            # on a bare yield, says "ready".
            result = _step(self._lane, self._coro, exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancelled_exc = e
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if result is None:
                # A bare yield (sleep(0)): run again on the next round.
                loop._ready.append(self._step_handle)
            else:
                self.__wait_on(result)
        finally:
            loop._current_task = previous
            if self._state != _PENDING:
                _event(self._lane, "done", "")
            elif self._fut_waiter is not None:
                _event(self._lane, "await", self._awaits())
            elif result is not None:
                # Stepped again at once, with an error (a bad yield).
                _event(self._lane, "ready", "")

    def __wait_on(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result is self:
                error = RuntimeError("Task cannot await on itself: %r" % (self,))
                self._loop.call_soon(self.__step, error)
            elif blocking:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                error = RuntimeError("yield was used instead of yield from in task %r with %r"
                                     % (self, result))
                self._loop.call_soon(self.__step, error)
        else:
            error = RuntimeError("Task got bad yield: %r" % (result,))
            self._loop.call_soon(self.__step, error)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()

    def _awaits(self):
        """What this task waits for, in words (for the deadlock report)."""
        waiter = self._fut_waiter
        if waiter is None:
            return "nothing (ready)"
        if isinstance(waiter, Task):
            return "task %r" % waiter._name
        if waiter._what is not None:
            return waiter._what
        return "a future"


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


# ----------------------------------------------------------------------
# The loop


class EventLoop:
    """Ready callbacks in FIFO order, timers on the run's clock."""

    def __init__(self):
        self._ready = _collections.deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._wakeup = _threading.Condition()
        self._from_threads = []
        self._jobs = 0
        self._executor_count = 0

    def time(self):
        return _time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    def stop(self):
        self._stopping = True

    def get_debug(self):
        return False

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        self._seq += 1
        timer = TimerHandle(when, callback, args, self, self._seq)
        _heapq.heappush(self._scheduled, timer)
        return timer

    def call_exception_handler(self, context):
        """Reports an error nobody can catch, on stderr, as CPython's
        default handler logs it."""
        lines = [context.get("message") or "Unhandled exception in event loop"]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append("%s: %r" % (key, context[key]))
        text = "\n".join(lines) + "\n"
        exc = context.get("exception")
        if exc is not None:
            text += "".join(_traceback.format_exception(type(exc), exc, exc.__traceback__))
        _sys.stderr.write(text)

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = Handle(callback, args, self)
        with self._wakeup:
            self._from_threads.append(handle)
            self._wakeup.notify()
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def run_in_executor(self, executor, func, *args):
        future = self.create_future()
        self._jobs += 1
        if executor is not None:
            # A concurrent.futures executor: its future, once done, hands
            # the outcome to the loop's thread.
            def relay(done):
                if done.cancelled():
                    self.call_soon_threadsafe(self._job_done, future, None, CancelledError())
                elif done.exception() is not None:
                    self.call_soon_threadsafe(self._job_done, future, None, done.exception())
                else:
                    self.call_soon_threadsafe(self._job_done, future, done.result(), None)

            try:
                executor.submit(func, *args).add_done_callback(relay)
            except BaseException:
                self._jobs -= 1
                raise
            return future
        name = "asyncio_%d" % self._executor_count
        self._executor_count += 1

        def job():
            try:
                value = func(*args)
            except BaseException as e:
                self.call_soon_threadsafe(self._job_done, future, None, e)
            else:
                self.call_soon_threadsafe(self._job_done, future, value, None)

        _threading.Thread(target=job, name=name, daemon=True).start()
        return future

    def _job_done(self, future, value, error):
        self._jobs -= 1
        if future.cancelled():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)

    def run_forever(self):
        self._check_closed()
        if _running() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _state.loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _state.loop = None

    def run_until_complete(self, future):
        self._check_closed()
        future = ensure_future(future, loop=self)

        def done(_):
            self.stop()

        future.add_done_callback(done)
        self.run_forever()
        future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            _heapq.heappop(scheduled)
        with self._wakeup:
            if not self._from_threads and not self._ready and not self._stopping:
                if scheduled:
                    timeout = max(0.0, scheduled[0]._when - self.time())
                    if self._jobs:
                        self._wakeup.wait(timeout)
                    elif timeout > 0:
                        _time.sleep(timeout)
                elif self._jobs:
                    self._wakeup.wait()
                else:
                    raise RuntimeError(self._stuck())
            self._ready.extend(self._from_threads)
            self._from_threads = []
        now = self.time()
        while scheduled and scheduled[0]._when <= now:
            timer = _heapq.heappop(scheduled)
            if not timer._cancelled:
                self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                if handle._args:
                    handle._callback(*handle._args)
                else:
                    handle._callback()

    def _stuck(self):
        lines = ["asyncio: every task is waiting and nothing is scheduled to wake any of them:"]
        for task in _all_tasks:
            if task._loop is self and not task.done():
                lines.append("  task %r awaits %s" % (task._name, task._awaits()))
        return "\n".join(lines)


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop and returns its result."""
    if _running() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        _cancel_all_tasks(loop)
        loop.close()


def _cancel_all_tasks(loop):
    pending = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))


# ----------------------------------------------------------------------
# Sleeping, gathering, waiting


@_types.coroutine
def _sleep0():
    """Awaiting it gives the loop one round: sleep(0). What it yields, a
    bare None, tells the task to queue its next step at once."""
    yield


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


async def sleep(delay, result=None):
    """Returns result after delay seconds; sleep(0) just lets others run."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    future._what = "sleep(%s)" % (delay,)
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False
        self._what = "gather() of %d" % len(children)

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; their results, in order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    seen = {}
    for arg in coros_or_futures:
        if id(arg) in seen:
            children.append(seen[id(arg)])
            continue
        fut = ensure_future(arg, loop=loop)
        if loop is None:
            loop = fut.get_loop()
        seen[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {"finished": 0}
    total = len(children)

    def child_done(fut):
        state["finished"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == total:
            results = []
            for f in children:
                if f.cancelled():
                    # CPython 3.11 makes this one with '' for no message.
                    message = f._cancel_message
                    res = CancelledError("" if message is None else message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    done_once = {}
    for fut in children:
        if id(fut) not in done_once:
            done_once[id(fut)] = True
            fut.add_done_callback(child_done)
    if len(done_once) != total:
        # The same awaitable passed twice counts once per place.
        total = len(done_once)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Waits for fut at most timeout seconds; on timeout, cancels it and
    raises TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        await _wait_cancelled(fut)
        raise TimeoutError()
    waiter = loop.create_future()
    waiter._what = "wait_for(timeout=%s)" % (timeout,)
    handle = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(_):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                # Done as the cancellation came: CPython 3.11 returns the
                # result and the cancellation is lost.
                return fut.result()
            fut.remove_done_callback(on_done)
            fut.cancel()
            await _wait_cancelled(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        fut.cancel()
        await _wait_cancelled(fut)
        if fut.cancelled():
            raise TimeoutError()
        return fut.result()
    finally:
        handle.cancel()


async def _wait_cancelled(fut):
    waiter = get_running_loop().create_future()

    def on_done(_):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        await waiter
    finally:
        fut.remove_done_callback(on_done)


async def to_thread(func, *args, **kwargs):
    """Runs func(*args, **kwargs) on a thread of its own (under the GIL),
    while the loop goes on with its other tasks."""
    loop = get_running_loop()

    def call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, call)


# ----------------------------------------------------------------------
# Synchronization and queues


class Event:
    def __init__(self):
        self._waiters = _collections.deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        fut._what = "Event.wait()"
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Queue:
    """A FIFO queue for tasks: get() waits while it is empty, put() while
    it is full. Subclasses change the order through _init, _put and _get."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init(maxsize)
        self._getters = _collections.deque()
        self._putters = _collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def _init(self, maxsize):
        self._queue = _collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    async def _wait_turn(self, waiters, what, must_wait):
        """Waits, in line with the other waiters, while must_wait() says so."""
        while must_wait():
            waiter = get_running_loop().create_future()
            waiter._what = what
            waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                waiter.cancel()
                if waiter in waiters:
                    waiters.remove(waiter)
                if not must_wait() and not waiter.cancelled():
                    self._wakeup_next(waiters)
                raise

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        await self._wait_turn(self._putters, "Queue.put() (the queue is full)", self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        await self._wait_turn(self._getters, "Queue.get() (the queue is empty)", self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Gets the smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Gets the item put last first (a stack)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    """A lock for tasks: acquire() waits, in FIFO order, while it is held."""

    def __init__(self):
        self._waiters = _collections.deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        fut._what = "Lock.acquire()"
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the first waiter: if it is woken already (and not yet run),
        # the lock is promised to it, and waking another would let two in.
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Semaphore(_ContextManagerMixin):
    """At most value tasks hold it at once."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _collections.deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            fut._what = "Semaphore.acquire()"
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Condition(_ContextManagerMixin):
    """wait() releases the lock until notify() wakes the task."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _collections.deque()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = get_running_loop().create_future()
            fut._what = "Condition.wait()"
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures and tasks fs; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    waiter = loop.create_future()
    waiter._what = "wait(%s)" % return_when
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if handle is not None:
                handle.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs) or not fs:
            if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
                await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    pending = {f for f in fs if not f.done()}
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the next result to finish."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    finished = _collections.deque()
    waiters = _collections.deque()
    timeout_handle = [None]

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.append(None)
        del todo[:]
        for w in waiters:
            if not w.done():
                w.set_result(None)
        waiters.clear()

    def on_completion(f):
        if f not in todo:
            return
        todo.remove(f)
        finished.append(f)
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    async def wait_for_one():
        if not finished:
            w = loop.create_future()
            w._what = "as_completed()"
            waiters.append(w)
            await w
        f = finished.popleft()
        if f is None:
            raise TimeoutError()
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


# ----------------------------------------------------------------------
# Structured concurrency: TaskGroup and timeout (3.11)


class TaskGroup:
    """Tasks that end together: leaving the `async with` waits for all of
    them; the first error cancels the others (and the body), and the
    errors leave the block as one ExceptionGroup.

    CPython keeps the tasks in a set, so siblings are cancelled in the
    order of their addresses; gilvm cancels them in the order they were
    created, the same on every run."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append("tasks=%d" % len(self._tasks))
        if self._errors:
            parts.append("errors=%d" % len(self._errors))
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return "<TaskGroup%s>" % "".join(" " + p for p in parts)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has already been entered" % (self,))
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        # The body's own CancelledError goes on, unless the group asked for
        # it (a child failed) and nobody else did.
        cancellation = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
                self._all_done._what = "TaskGroup's tasks"
            try:
                await self._all_done
            except CancelledError as e:
                if not self._aborting:
                    cancellation = e
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        del self._tasks[task]
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": "Task %r has errored out but its parent task %r is already completed"
                           % (task, self._parent_task),
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # The first error: cancel the siblings and the body.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


def _is_base_error(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


_CREATED = "created"
_ACTIVE = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_FINISHED_TIMEOUT = "finished"


class Timeout:
    """`async with timeout(delay)`: cancels the task running the block when
    the loop's clock reaches the deadline, and turns that cancellation into
    TimeoutError as the block ends."""

    def __init__(self, when):
        self._state = _CREATED
        self._handle = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _ACTIVE:
            if self._state == _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
        if when is None:
            self._handle = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        when = ""
        if self._state == _ACTIVE:
            when = " when=%s" % (round(self._when, 3) if self._when is not None else None)
        return "<Timeout [%s]%s>" % (self._state, when)

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ACTIVE
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # The cancellation was this timeout's own.
                raise TimeoutError from exc
        elif self._state == _ACTIVE:
            self._state = _FINISHED_TIMEOUT
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._handle = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (never, for None)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires when the loop's clock reaches when."""
    return Timeout(when)


def shield(arg):
    """An awaitable for arg that cancelling does not pass on: the outer
    future is cancelled, the inner task goes on."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()
    outer._what = "shield()"

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def iscoroutinefunction(func):
    """Whether func is an async def (calling it makes a coroutine)."""
    return _types._is_coroutine_function(func)
