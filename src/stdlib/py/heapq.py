"""heapq: a binary min-heap kept in a plain list (heap[0] is the smallest
item; heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]).

The sifting is the one CPython uses (an item removed from the top sinks
to a leaf along the smaller children, then rises to its place), so the
lists come out in the same order, and items are compared only with `<`.
"""


def _check_list(heap, what):
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(what + " must be list, not " + got)


def _rise(heap, top, pos):
    """Move heap[pos] up towards `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Move heap[pos] down to a leaf along the smaller children, then let it
    rise back to its place."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap must not be
    empty; the result may be larger than item)."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than a
    heappush followed by a heappop)."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, "heapify() argument")
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


# ---------------------------------------------------------------- max-heaps (used by merge)


def _rise_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise_max(heap, start, pos)


def _heapify_max(x):
    """Rearrange the list x into a max-heap, in place."""
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    """Pop and return the largest item of a max-heap."""
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop the largest item of a max-heap and push item."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---------------------------------------------------------------- merge, nlargest, nsmallest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (lazily). Equal items
    come out in the order of the iterables they come from."""
    return _merge_items(iterables, key, reverse)


def _merge_items(iterables, key, reverse):
    # Each entry is [sort key, iterable number, item, iterator]; the number
    # breaks ties (never two equal), so items themselves are compared only
    # through their keys. For reverse, the numbers are negated so that the
    # max-heap still prefers the earlier iterable.
    direction = -1 if reverse else 1
    entries = []
    number = 0
    for iterable in iterables:
        it = iter(iterable)
        for item in it:
            k = item if key is None else key(item)
            entries.append([k, number * direction, item, it])
            break
        number += 1
    if reverse:
        _heapify_max(entries)
        pop_top = _heappop_max
        replace_top = _heapreplace_max
    else:
        heapify(entries)
        pop_top = heappop
        replace_top = heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            item = next(entry[3])
        except StopIteration:
            pop_top(entries)
            continue
        entry[0] = item if key is None else key(item)
        entry[2] = item
        replace_top(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        for item in entry[3]:
            yield item


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), smallest first; the same
    as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    items = list(iterable)
    if n == 1:
        if not items:
            return []
        return [min(items, key=key)]
    return sorted(items, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), largest first; the same as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    items = list(iterable)
    if n == 1:
        if not items:
            return []
        return [max(items, key=key)]
    return sorted(items, key=key, reverse=True)[:n]
