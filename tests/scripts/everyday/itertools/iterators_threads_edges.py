# itertools objects shared by threads (count hands out distinct ids), reprs as they advance, and lazy-consumption details.
import itertools
import threading

ids = itertools.count(1)
taken = []

def worker():
    for _ in range(2000):
        taken.append(next(ids))

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(taken), len(set(taken)), min(taken), max(taken), ids)  # expect: 8000 8000 1 8000 count(8001)

turns = itertools.cycle(["red", "green", "blue"])
seen = []

def take_turns():
    for _ in range(300):
        seen.append(next(turns))

threads = [threading.Thread(target=take_turns) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), seen.count("red"), seen.count("green"), seen.count("blue"))  # expect: 900 300 300 300

c = itertools.count(5, 3)
print(c, next(c), c)  # expect: count(8, 3) 5 count(8, 3)
c = itertools.count(2.5, -0.5)
print(next(c), next(c), c)  # expect: 2.5 2.0 count(1.5, -0.5)
c = itertools.count(2 ** 64)
print(next(c), c)  # expect: 18446744073709551616 count(18446744073709551617)
r = itertools.repeat("x", 3)
print(r, next(r), r, list(r), r)  # expect: repeat('x', 0) x repeat('x', 0) ['x', 'x'] repeat('x', 0)
print(itertools.repeat([1]))  # expect: repeat([1])

# islice takes no more than it needs
it = iter(range(10))
print(list(itertools.islice(it, 1, 6, 2)), next(it))  # expect: [1, 3, 5] 6
it = iter(range(10))
print(list(itertools.islice(it, 5, 2)), next(it))  # expect: [] 5

# takewhile consumes the first failing item; dropwhile hands the rest on untouched
it = iter([1, 2, 10, 3, 4])
print(list(itertools.takewhile(lambda v: v < 5, it)), list(it))  # expect: [1, 2] [3, 4]

# a tee of a tee, and tee on an iterator that is advanced afterwards
a, b = itertools.tee(iter("abc"))
c2, d = itertools.tee(a)
print(c2 is a, next(a), list(b), list(c2), list(d))  # expect: True a ['a', 'b', 'c'] ['b', 'c'] ['a', 'b', 'c']

# groupby with a group consumed halfway
groups = itertools.groupby([1, 1, 1, 2, 2, 3])
key, group = next(groups)
print(key, next(group))  # expect: 1 1
key, group = next(groups)
print(key, list(group), [k for k, g in groups])  # expect: 2 [2, 2] [3]

# product materializes its inputs first
gen = (n for n in range(2))
prod = itertools.product(gen, repeat=2)
print(list(gen), list(prod))  # expect: [] [(0, 0), (0, 1), (1, 0), (1, 1)]
print(list(itertools.starmap(divmod, [(7, 2), [9, 4]])), list(itertools.zip_longest("ab", "xyz", "1", fillvalue="_")))  # expect: [(3, 1), (2, 1)] [('a', 'x', '1'), ('b', 'y', '_'), ('_', 'z', '_')]
