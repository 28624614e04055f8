"""functools: the Rust half (`_functools`: reduce, partial, wraps,
update_wrapper) and what is written in Python here: total_ordering,
cmp_to_key, lru_cache and cache, singledispatch."""

from _functools import reduce, partial, wraps, update_wrapper, WRAPPER_ASSIGNMENTS
from abc import ABCMeta

WRAPPER_UPDATES = ("__dict__",)


# ---------------------------------------------------------------- total_ordering


# For a root comparison r = (a OP b), how each other comparison follows
# from r and, where needed, a == b or a != b.
_DERIVED = {
    "__lt__": {
        "__gt__": lambda r, a, b: not r and a != b,
        "__le__": lambda r, a, b: r or a == b,
        "__ge__": lambda r, a, b: not r,
    },
    "__le__": {
        "__ge__": lambda r, a, b: not r or a == b,
        "__lt__": lambda r, a, b: r and a != b,
        "__gt__": lambda r, a, b: not r,
    },
    "__gt__": {
        "__lt__": lambda r, a, b: not r and a != b,
        "__ge__": lambda r, a, b: r or a == b,
        "__le__": lambda r, a, b: not r,
    },
    "__ge__": {
        "__le__": lambda r, a, b: not r or a == b,
        "__gt__": lambda r, a, b: r and a != b,
        "__lt__": lambda r, a, b: not r,
    },
}


def _ordering_from(root, derived):
    """The comparison `derived` (such as "__gt__") computed from the class's
    own `root` (such as "__lt__") and ==."""
    combine = _DERIVED[root][derived]

    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)

    compare.__name__ = derived
    return compare


_ORDERINGS = ("__lt__", "__le__", "__gt__", "__ge__")


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__ or
    __ge__, fill in the other three."""
    roots = [op for op in _ORDERINGS
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)       # the preferred one: __lt__, then __le__, __gt__, __ge__
    for op in _ORDERINGS:
        if op not in roots:
            setattr(cls, op, _ordering_from(root, op))
    return cls


# ---------------------------------------------------------------- cmp_to_key


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive)
    into a key function for sorted(), min(), max()..."""

    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


# ---------------------------------------------------------------- lru_cache


class CacheInfo:
    """What cache_info() returns: hits, misses, maxsize and currsize, which
    also unpack and index like the named tuple CPython returns."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _fields(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return ("CacheInfo(hits=" + repr(self.hits) + ", misses=" + repr(self.misses)
                + ", maxsize=" + repr(self.maxsize) + ", currsize=" + repr(self.currsize) + ")")

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._fields()[i]

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            other = other._fields()
        return self._fields() == other

    def __ne__(self, other):
        return not self == other


_CacheInfo = CacheInfo
_KWD_MARK = object()
_MISSING = object()


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments, then a marker and the keyword
    items; a single int or str argument is its own key."""
    if not kwds and len(args) == 1 and not typed:
        arg = args[0]
        if type(arg) is int or type(arg) is str:
            return arg
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    # Imported here: threading is only needed once something is cached.
    from threading import Lock

    cache = {}          # key -> result, least recently used first
    lock = Lock()       # guards cache and the counts, never held in user code
    hits = 0
    misses = 0

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            with lock:
                misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, _MISSING)
                if result is not _MISSING:
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                if key not in cache:
                    cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, _MISSING)
                if result is not _MISSING:
                    # now the most recently used: move it to the end
                    del cache[key]
                    cache[key] = result
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                # a recursive call may have cached this key meanwhile
                if key not in cache:
                    if len(cache) >= maxsize:
                        for oldest in cache:
                            break
                        del cache[oldest]
                    cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        with lock:
            return CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        nonlocal hits, misses
        with lock:
            cache.clear()
            hits = 0
            misses = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember the results of the last maxsize calls (all of them
    if maxsize is None). @lru_cache alone means maxsize=128. The function
    gets cache_info(), cache_clear() and __wrapped__."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        wrapper = _lru_cache_wrapper(user_function, 128, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function):
    """Decorator: an unbounded cache of the function's results (the same as
    lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- singledispatch


def singledispatch(func):
    """Decorator: a generic function that picks an implementation by the
    class of its first argument. Add implementations with
    @f.register(cls), or @f.register on a function whose first parameter
    is annotated with the class."""
    registry = {object: func}
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        """The implementation registered for cls or its nearest base, else
        for the most specific abstract base class (collections.abc.Mapping,
        ...) that cls belongs to."""
        for base in cls.__mro__:
            if base is object:
                break
            impl = registry.get(base)
            if impl is not None:
                return impl
        best = None
        for key in registry:
            if isinstance(key, ABCMeta) and type(key).__subclasscheck__(key, cls):
                if best is None or type(best).__subclasscheck__(best, key):
                    best = key
        if best is not None:
            return registry[best]
        return registry.get(object, func)

    def register(cls, func=None):
        """Register func as the implementation for cls."""
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, "__annotations__", None)
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: " + repr(cls) + ". "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            func = cls
            for argname, cls in annotations.items():
                break
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for " + repr(argname) + ". "
                                + repr(cls) + " is not a class.")
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + " requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    def _clear_cache():
        pass

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = _clear_cache
    update_wrapper(wrapper, func)
    return wrapper
