# Reading globals works anywhere; writing them needs `global`.
counter = 0
scale = 10


def bump():
    global counter
    counter += 1


def read_only():
    return scale * 2


def shadow():
    scale = 99
    return scale


def define_new():
    global created
    created = "made inside"


for _ in range(3):
    bump()
print(counter)  # expect: 3
print(read_only())  # expect: 20
print(shadow(), scale)  # expect: 99 10
define_new()
print(created)  # expect: made inside
items = []


def add(x):
    items.append(x)


add(1)
add(2)
print(items)  # expect: [1, 2]


def reset():
    global items, counter
    items = []
    counter = -1


reset()
print(items, counter)  # expect: [] -1
