# enumerate (with start) and zip (2 or 3 iterables, stops at the shortest).
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
# expect: 0 a
# expect: 1 b
# expect: 2 c
for i, v in enumerate("xy", 1):
    print(i, v)
# expect: 1 x
# expect: 2 y
print(list(enumerate([10, 20], start=5)))  # expect: [(5, 10), (6, 20)]
print(list(enumerate([])))  # expect: []
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
# expect: 1 a
# expect: 2 b
# expect: 3 c
print(list(zip([1, 2, 3], [4, 5])))  # expect: [(1, 4), (2, 5)]
print(list(zip("ab", "cd", "ef")))  # expect: [('a', 'c', 'e'), ('b', 'd', 'f')]
print(list(zip(range(3), [], "x")))  # expect: []
names = ["ann", "bob"]
ages = [31, 42]
for n, a in zip(names, ages):
    print(f"{n} is {a}")
# expect: ann is 31
# expect: bob is 42
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n, a)
# expect: 0 ann 31
# expect: 1 bob 42
print(dict(zip(names, ages)))  # expect: {'ann': 31, 'bob': 42}
