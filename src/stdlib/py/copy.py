"""copy: shallow copies (copy) and deep copies (deepcopy) of objects.

A class can take over with __copy__(self) and __deepcopy__(self, memo);
otherwise an instance is copied as CPython copies it through its reduce
protocol: a new instance of the same class, made without calling
__init__, gets the attributes (or __getstate__()'s state, handed to
__setstate__ when the class has one). deepcopy keeps a memo {id: copy} so
that shared and cyclic structures come out shared and cyclic.
"""


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


# Values copy() and deepcopy() return unchanged (immutable, or not copied
# by design: functions and classes).
_ATOMIC = (
    type(None), int, float, bool, str, range, slice,
    type(_function), type(len), type(NotImplemented), type(Ellipsis),
)
_METHOD = type(_Probe().method)


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or isinstance(x, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is _METHOD:
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reduce_copy(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied all the way
    down, each shared object once. memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a cycle through the tuple may have made its copy already
        if key in memo:
            return memo[key]
        y = x
        for i in range(len(x)):
            if items[i] is not x[i]:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is _METHOD:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reduce_copy(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep the original alive as long as the memo is, so its id() is not
    reused by another object during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce_copy(x, memo):
    """Copy an instance the way its reduce protocol describes: memo is None
    for a shallow copy, the deepcopy memo for a deep one."""
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None:
            rv = reductor(x)
        else:
            rv = _default_reduce(x)
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 5:
        raise Error("un(deep)copyable object of type " + repr(cls))
    rv = rv + (None,) * (5 - len(rv))
    return _reconstruct(x, memo, rv[0], rv[1], rv[2], rv[3], rv[4])


def _default_reduce(x):
    cls = type(x)
    if isinstance(x, BaseException):
        return (cls, x.args, _state_of(x))
    if cls is object:
        return (_new_object, (cls,), None)
    if cls.__module__ == "builtins":
        raise TypeError("cannot pickle '" + cls.__name__ + "' object")
    return (_new_object, (cls,), _state_of(x))


def _state_of(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    try:
        attrs = x.__dict__
    except AttributeError:
        return None
    return attrs if attrs else None


def _new_object(cls):
    """A new instance of cls, its __init__ not called."""
    if cls is object:
        return object()
    return object.__new__(cls)


def _reconstruct(x, memo, func, args, state, listiter, dictiter):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(type(y), "__setstate__", None)
        if setstate is not None:
            setstate(y, state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                for name, value in state.items():
                    setattr(y, name, value)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
