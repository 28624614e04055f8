"""bisect: binary search in a sorted list (bisect_left, bisect_right) and
insertion that keeps it sorted (insort_left, insort_right)."""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in the sorted a[lo:hi], after any items
    equal to x. With key, key(item) is compared with x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in the sorted a[lo:hi], before any items
    equal to x. With key, key(item) is compared with x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    if key is None:
        pos = bisect_right(a, x, lo, hi)
    else:
        pos = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(pos, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    if key is None:
        pos = bisect_left(a, x, lo, hi)
    else:
        pos = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(pos, x)


bisect = bisect_right
insort = insort_right
