# A random walk of set operations, for tests/set_order.rs: run under
# python3 and gilvm with the same seed (`set_order.py SEED STEPS`), both
# must print the same. Every set is printed after each step, so any
# element that lands in another slot than in CPython shows up. The
# elements hash as in CPython (ints, floats, bools, tuples of them; not
# None, whose hash is its address in CPython 3.11).
import sys

seed = 1
steps = 300
if len(sys.argv) > 1:
    seed = int(sys.argv[1])
if len(sys.argv) > 2:
    steps = int(sys.argv[2])
state = seed


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def element():
    kind = rand(12)
    if kind < 4:
        return rand(40)
    if kind == 4:
        return rand(5000) - 2500
    if kind == 5:
        # Colliding hashes: multiples of 8 and 32 share low bits.
        return rand(64) * 32
    if kind == 6:
        return float(rand(30))
    if kind == 7:
        return rand(20) + 0.5
    if kind == 8:
        return (rand(10), rand(10))
    if kind == 9:
        # Not None: its hash is its address in CPython 3.11.
        choice = rand(4)
        if choice == 0:
            return False
        if choice == 1:
            return True
        if choice == 2:
            return -1
        return -2
    if kind == 10:
        return 2305843009213693951 * rand(3) + rand(5)
    return rand(1000000) * 1000


def elements():
    n = rand(3)
    if n == 0:
        n = rand(6)
    elif n == 1:
        n = rand(20)
    else:
        n = rand(120)
    out = []
    while len(out) < n:
        out.append(element())
    return out


def any_member(s):
    if not s:
        return element()
    i = rand(len(s))
    for x in s:
        if i == 0:
            return x
        i -= 1
    return element()


pool = [set(), {1, 2}, set(elements()), frozenset(elements())]


def pick():
    return rand(len(pool))


def show(label, value):
    print(label, value)


step = 0
while step < steps:
    step += 1
    i = pick()
    j = pick()
    s = pool[i]
    t = pool[j]
    op = rand(34)
    frozen = type(s) is frozenset
    if op == 0:
        pool[i] = set(elements())
    elif op == 1:
        pool[i] = frozenset(elements())
    elif op == 2 and not frozen:
        for x in elements():
            s.add(x)
    elif op == 3 and not frozen:
        s.discard(any_member(s))
        s.discard(element())
    elif op == 4 and not frozen and s:
        s.remove(any_member(s))
    elif op == 5 and not frozen and s:
        show("pop", s.pop())
    elif op == 6 and not frozen:
        s.update(elements(), t)
    elif op == 7:
        pool[i] = s | t
    elif op == 8:
        pool[i] = s & t
    elif op == 9:
        pool[i] = s - t
    elif op == 10:
        pool[i] = s ^ t
    elif op == 11:
        s |= t
        pool[i] = s
    elif op == 12:
        s &= t
        pool[i] = s
    elif op == 13:
        s -= t
        pool[i] = s
    elif op == 14:
        s ^= t
        pool[i] = s
    elif op == 15:
        pool[i] = s.union(elements(), t)
    elif op == 16:
        pool[i] = s.intersection(elements() + list(s))
    elif op == 17:
        pool[i] = s.difference(t, elements())
    elif op == 18:
        pool[i] = s.symmetric_difference(elements())
    elif op == 19 and not frozen:
        s.intersection_update(t, list(s) + elements())
    elif op == 20 and not frozen:
        s.difference_update(elements())
    elif op == 21 and not frozen:
        s.symmetric_difference_update(elements())
    elif op == 22:
        pool[i] = s.copy()
    elif op == 23 and not frozen and rand(4) == 0:
        s.clear()
    elif op == 24:
        show("cmp", (s == t, s != t, s < t, s <= t, s > t, s >= t))
        show("rel", (s.issubset(t), s.issuperset(list(t)), s.isdisjoint(t)))
    elif op == 25:
        d = {}
        for x in elements():
            d[x] = 0
        pool[i] = set(d)
    elif op == 26:
        d = {}
        for x in elements():
            d[x] = 1
        keys = d.keys()
        show("keys", (keys & t, keys | t, keys - t, keys ^ t, t - keys, keys == t))
        show("keys&", keys & elements())
    elif op == 27:
        a = element()
        b = element()
        c = element()
        pool[i] = {a, b, c, *elements()}
    elif op == 28:
        show("frozen", hash(frozenset(s)) == hash(frozenset(list(s))))
        show("in", (element() in s, any_member(s) in s))
    elif op == 29:
        items = list(s)
        show("list", items)
        show("sorted", sorted(items, key=repr))
    elif op == 30 and not frozen:
        # Many deletions, then additions into the freed slots.
        for x in list(s):
            if rand(3) == 0:
                s.discard(x)
        for x in elements():
            s.add(x)
    elif op == 31:
        pool[i] = s.difference(set(elements()), frozenset(elements()))
    elif op == 32:
        d = {}
        for x in elements():
            d[x] = x
        pool[i] = s.union(d) if rand(2) else s.difference(d)
        show("dict", s.symmetric_difference(d))
    elif op == 33 and len(pool) < 8:
        pool.append(set(s))
    show(step, pool[i])
    if rand(5) == 0:
        show("t", pool[j])

for s in pool:
    print(len(s), s)
