# Augmented assignment on names, subscripts and globals.
x = 10
x += 5
x -= 3
x *= 2
print(x)  # expect: 24
x //= 5
print(x)  # expect: 4
x **= 3
print(x)  # expect: 64
x %= 10
print(x)  # expect: 4
x /= 8
print(x)  # expect: 0.5
s = "ab"
s += "cd"
s *= 2
print(s)  # expect: abcdabcd
a = [1, 2, 3]
a[0] += 10
a[-1] *= 3
print(a)  # expect: [11, 2, 9]
d = {"n": 1}
d["n"] += 1
d["n"] **= 3
print(d)  # expect: {'n': 8}
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)  # expect: [[0, 0], [7, 0]]
total = 0


def add(v):
    global total
    total += v


add(3)
add(4)
print(total)  # expect: 7
calls = 0


def idx():
    global calls
    calls += 1
    return 0


a[idx()] += 1
print(a[0], calls)  # expect: 12 1
