"""itertools: iterator building blocks (count, cycle, repeat, chain, islice,
product, permutations, combinations, accumulate, groupby, tee, ...).

The infinite iterators are small classes: they print as CPython's do and a
`next()` on them is one step with no check point inside, so threads may
share one (a shared `count()` hands out distinct numbers). The others are
generators, with their arguments checked when they are called, as
CPython's are.
"""


_MAXSIZE = 9223372036854775807


def _index(value):
    """`value` as an int, the way CPython's C code reads an integer argument."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    cls = type(value)
    return (hasattr(cls, "__index__") or hasattr(cls, "__int__")
            or hasattr(cls, "__float__"))


# ---------------------------------------------------------------- infinite


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._unit_step = isinstance(step, int) and step == 1
        if self._unit_step and isinstance(start, int):
            start = int(start)
        self._value = start     # the next value, for repr
        self._step = step
        # Ints are counted by a range iterator, whose next() is atomic, so
        # threads sharing a count() get distinct numbers under any GIL
        # policy (as with CPython's C count()).
        self._ints = ()
        if type(start) is int and type(step) in (int, bool) and step != 0:
            step = int(step)
            bound = _MAXSIZE if step > 0 else -_MAXSIZE - 1
            if -_MAXSIZE - 1 <= start <= _MAXSIZE:
                self._ints = iter(range(start, bound, step))

    def __iter__(self):
        return self

    def __next__(self):
        for value in self._ints:
            self._value = value + self._step
            return value
        # not an int, or past 64 bits: count by hand
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if self._unit_step:
            return "count(" + repr(self._value) + ")"
        return "count(" + repr(self._value) + ", " + repr(self._step) + ")"


class cycle:
    """cycle(iterable): its items, then the same items again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._size = 0
        self._positions = ()

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for value in self._it:
                self._saved.append(value)
                return value
            self._it = None
            self._size = len(self._saved)
            # an atomic source of positions, for threads sharing the cycle
            if self._size:
                self._positions = iter(range(_MAXSIZE))
        for position in self._positions:
            return self._saved[position % self._size]
        raise StopIteration


class repeat:
    """repeat(object[, times]): object, over and over (times times, or forever)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = None
        else:
            times = _index(times)
            self._left = times if times > 0 else 0
            self._ticks = iter(range(self._left))   # atomic countdown

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        for _ in self._ticks:
            self._left -= 1
            return self._object
        raise StopIteration

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(" + repr(self._object) + ")"
        return "repeat(" + repr(self._object) + ", " + str(self._left) + ")"


# ---------------------------------------------------------------- chaining


def _chain_items(iterables):
    for iterable in iterables:
        for item in iterable:
            yield item


def chain(*iterables):
    """chain(*iterables): the items of the first iterable, then the second's, ..."""
    return _chain_items(iterables)


def _chain_from_iterable(iterables):
    """chain.from_iterable(iterables): chain over the iterables one iterable yields."""
    return _chain_items(iter(iterables))


chain.from_iterable = _chain_from_iterable


# ---------------------------------------------------------------- slicing


_STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_ERROR = "Step for islice() must be a positive integer or None."


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _MAXSIZE:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got " + str(len(args) + 1))
    if len(args) == 1:
        start = 0
        stop = _islice_arg(args[0], _STOP_ERROR)
        step = 1
    else:
        stop = _islice_arg(args[1], _STOP_ERROR)
        start = _islice_arg(args[0], _INDEX_ERROR)
        if start is None:
            start = 0
        step = 1
        if len(args) == 3 and args[2] is not None:
            try:
                step = _index(args[2])
            except TypeError:
                step = 0
            if step < 1 or step > _MAXSIZE:
                raise ValueError(_STEP_ERROR)
    return _islice_items(iter(iterable), start, stop, step)


def _islice_items(it, start, stop, step):
    # `seen` counts the items taken from `it`, `wanted` is the position of
    # the next one to hand out; nothing past `stop` is ever taken.
    seen = 0
    wanted = start
    while True:
        while seen < wanted:
            try:
                next(it)
            except StopIteration:
                return
            seen += 1
        if stop is not None and seen >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        seen += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


# ---------------------------------------------------------------- combinatorics


def product(*iterables, repeat=1):
    """product(*iterables, repeat=1): the cartesian product, as tuples."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_items(pools)


def _product_items(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    positions = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # advance the rightmost position that can move; reset those after it
        i = n - 1
        while i >= 0:
            pos = positions[i] + 1
            if pos < len(pools[i]):
                positions[i] = pos
                current[i] = pools[i][pos]
                break
            positions[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    """permutations(iterable, r=None): ordered arrangements of r items."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        r = _check_r(r)
    return _permutation_items(pool, r)


def _permutation_items(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    taken = [True] * r + [False] * (n - r)
    yield tuple([pool[k] for k in chosen])
    while True:
        # find the rightmost slot that can take a larger free index
        i = r - 1
        while i >= 0:
            old = chosen[i]
            taken[old] = False
            candidate = old + 1
            while candidate < n and taken[candidate]:
                candidate += 1
            if candidate < n:
                chosen[i] = candidate
                taken[candidate] = True
                # the slots after it get the smallest free indices, in order
                free = 0
                for slot in range(i + 1, r):
                    while taken[free]:
                        free += 1
                    chosen[slot] = free
                    taken[free] = True
                break
            i -= 1
        if i < 0:
            return
        yield tuple([pool[k] for k in chosen])


def combinations(iterable, r):
    """combinations(iterable, r): r-item subsequences, in input order."""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combination_items(pool, r)


def _combination_items(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    yield tuple([pool[k] for k in chosen])
    while True:
        i = r - 1
        while i >= 0 and chosen[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        chosen[i] += 1
        for slot in range(i + 1, r):
            chosen[slot] = chosen[slot - 1] + 1
        yield tuple([pool[k] for k in chosen])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(iterable, r): like combinations, but an
    item may be picked more than once."""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _multiset_items(pool, r)


def _multiset_items(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    chosen = [0] * r
    yield tuple([pool[k] for k in chosen])
    while True:
        i = r - 1
        while i >= 0 and chosen[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = chosen[i] + 1
        for slot in range(i, r):
            chosen[slot] = value
        yield tuple([pool[k] for k in chosen])


# ---------------------------------------------------------------- filtering and mapping


def accumulate(iterable, func=None, *, initial=None):
    """accumulate(iterable, func=None, *, initial=None): running totals
    (or running results of func)."""
    return _accumulate_items(iter(iterable), func, initial)


def _accumulate_items(it, func, initial):
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    if func is None:
        for item in it:
            total = total + item
            yield total
    else:
        for item in it:
            total = func(total, item)
            yield total


def starmap(function, iterable):
    """starmap(function, iterable): function(*args) for each args tuple."""
    return _starmap_items(function, iter(iterable))


def _starmap_items(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def takewhile(predicate, iterable):
    """takewhile(predicate, iterable): items while predicate(item) is true."""
    return _takewhile_items(predicate, iter(iterable))


def _takewhile_items(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def dropwhile(predicate, iterable):
    """dropwhile(predicate, iterable): items from the first one for which
    predicate(item) is false."""
    return _dropwhile_items(predicate, iter(iterable))


def _dropwhile_items(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def filterfalse(function, iterable):
    """filterfalse(function or None, iterable): items for which function(item)
    is false (the false items themselves when function is None)."""
    return _filterfalse_items(function, iter(iterable))


def _filterfalse_items(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


def compress(data, selectors):
    """compress(data, selectors): the items of data whose selector is true."""
    return _compress_items(iter(data), iter(selectors))


def _compress_items(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(*iterables, fillvalue=None): zip that goes on to the longest
    iterable, filling the gaps with fillvalue."""
    return _zip_longest_items([iter(x) for x in iterables], fillvalue)


def _zip_longest_items(iterators, fillvalue):
    active = len(iterators)
    if active == 0:
        return
    while True:
        row = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


def pairwise(iterable):
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ..."""
    return _pairwise_items(iter(iterable))


def _pairwise_items(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for item in it:
        yield (previous, item)
        previous = item


# ---------------------------------------------------------------- groupby


_EMPTY = object()


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with
    equal keys. A group is an iterator over the shared input: once the
    groupby moves on, the old group is empty."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _EMPTY    # key of the current group
        self._key = _EMPTY       # key of the item read ahead
        self._value = _EMPTY     # the item read ahead
        self._group = None       # the only group that may still yield

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __next__(self):
        self._group = None
        while True:
            if self._key is _EMPTY:
                pass
            elif self._target is _EMPTY:
                break
            elif not _same(self._target, self._key):
                break
            self._step()
        self._target = self._key
        group = _grouper(self, self._target)
        self._group = group
        return (self._target, group)


def _same(a, b):
    return a is b or a == b


class _grouper:
    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group is not self:
            raise StopIteration
        if parent._value is _EMPTY:
            parent._step()
        if not _same(self._target, parent._key):
            raise StopIteration
        value = parent._value
        parent._value = _EMPTY
        parent._key = _EMPTY
        return value


# ---------------------------------------------------------------- tee


class _tee:
    """One of the iterators tee() returns. They share a linked list of the
    items read so far: each node is [item, next node or None]."""

    def __init__(self, it, node):
        self._it = it
        self._node = node

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        following = node[1]
        if following is None:
            following = [next(self._it), None]
            node[1] = following
        self._node = following
        return following[0]

    def __copy__(self):
        return _tee(self._it, self._node)


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over the same items."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    if getattr(it, "__copy__", None) is None:
        it = _tee(it, [None, None])
    result = [it]
    for _ in range(n - 1):
        result.append(it.__copy__())
    return tuple(result)
