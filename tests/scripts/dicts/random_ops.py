# 60,000 pseudo-random dict operations (inserts, updates, deletes, pops,
# popitem, setdefault, lookups, copies, iteration) over int, str, float and
# tuple keys whose hashes collide often; the order and contents must match
# CPython's at every checkpoint. A linear congruential generator drives it,
# so the run is the same everywhere.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def key(r):
    kind = r % 4
    if kind == 0:
        return r * 1024
    if kind == 1:
        return "k" + str(r)
    if kind == 2:
        return r / 4
    return (r % 7, r % 5)


d = {}
log = []
for step in range(60000):
    op = rand(10)
    k = key(rand(300))
    if op < 3:
        d[k] = step
    elif op == 3:
        if k in d:
            del d[k]
    elif op == 4:
        log.append(d.pop(k, -1))
    elif op == 5:
        if d and rand(4) == 0:
            log.append(d.popitem()[1])
    elif op == 6:
        log.append(d.setdefault(k, step))
    elif op == 7:
        log.append(d.get(k, -2))
    elif op == 8:
        if rand(50) == 0:
            d = d.copy()
    else:
        log.append(k in d)
    if step % 10000 == 9999:
        print(len(d), sum(1 for _ in d), list(d)[:3], list(d.values())[-3:])
print(len(log), sum(x for x in log if x is not True and x is not False))
print(sorted(map(repr, d)) == sorted(repr(k) for k in d.keys()))
# expect: 164 164 ['k189', 'k281', 'k41'] [9981, 9982, 9995]
# expect: 166 166 [61440, 47.5, 245760] [19982, 19993, 19996]
# expect: 155 155 ['k201', 221184, 53248] [29989, 29996, 29997]
# expect: 163 163 [36.5, 'k165', 7.5] [39993, 39994, 39996]
# expect: 155 155 ['k293', 204800, 'k129'] [49968, 49986, 49993]
# expect: 150 150 ['k213', 278528, 20.5] [59976, 59979, 59981]
# expect: 24079 405521515
# expect: True
