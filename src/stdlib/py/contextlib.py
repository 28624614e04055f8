"""contextlib: helpers for the with statement: contextmanager (a context
manager from a generator), suppress, nullcontext, closing, ExitStack and
ContextDecorator."""

from functools import wraps


class AbstractContextManager:
    """A base for context managers: __enter__ returns self, __exit__ lets
    any exception through."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base that lets a context manager also be used as a decorator: the
    decorated function runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator):
    """What a @contextmanager function returns: __enter__ runs the generator
    to its yield, __exit__ resumes it, or raises the with block's exception
    at the yield."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # one generator serves one with statement: a decorated function
        # needs a fresh one for every call
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args
        del self.kwds
        del self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # make the instance now, to recognise it if it comes back
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # the generator caught the exception and finished: suppressed,
            # unless what stopped it is the with block's own StopIteration
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _restore_traceback(exc, traceback)
                return False
            # a StopIteration from the block, turned into RuntimeError by
            # the generator (PEP 479), still is the block's exception
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _restore_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            # the same exception coming back means "not suppressed": the
            # with statement re-raises it; a different one replaces it
            if exc is not value:
                raise
            _restore_traceback(exc, traceback)
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def _restore_traceback(exc, traceback):
    """Give the block's exception back the traceback it had on entering
    __exit__, without the frames of its trip through the generator."""
    if traceback is not None:
        exc.__traceback__ = traceback


def contextmanager(func):
    """@contextmanager turns a generator function that yields once into a
    context manager factory: the code before the yield is __enter__ (the
    yielded value is bound by `as`), the code after it is __exit__, and an
    exception in the with block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """closing(thing): a context manager that calls thing.close() at the end
    of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """nullcontext(enter_result=None): a context manager that does nothing,
    for when a with statement needs one but there is nothing to manage."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """suppress(*exceptions): a context manager that silences the given
    exceptions (and their subclasses) raised in its block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _fix_context(new_exc, old_exc, frame_exc):
    """Make new_exc's context chain end at old_exc, as if the exit callbacks
    had been nested with statements."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last-in first-out when the with block
    ends (or on close()), as if they were nested with statements."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an __exit__-style callback (or the __exit__ of an object
        that has one); it may suppress an exception by returning true."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm, register its __exit__, and return
        what its __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            name = getattr(cls, "__qualname__", cls.__name__)
            raise TypeError("'" + cls.__module__ + "." + name
                            + "' object does not support the context manager protocol")
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit (it cannot
        suppress exceptions)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append(_exit_wrapper)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = exc_details[1]
        suppressed_exc = False
        pending = None
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _fix_context(new_exc, exc_details[1], frame_exc)
                pending = new_exc
                exc_details = (type(new_exc), new_exc, None)
        if pending is not None:
            fixed_context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = fixed_context
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)
