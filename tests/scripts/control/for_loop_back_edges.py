# The end of a `for` body goes back to the loop's next item in one step
# (JUMP_FOR_ITER in runs that do not count instructions): `continue`,
# `break`, `else`, nesting, generators and errors must behave as always.
def squares(n):
    for i in range(n):
        yield i * i


out = []
for x in squares(6):
    if x % 2:
        continue
    out.append(x)
print(out)  # expect: [0, 4, 16]

for i in [1, 2, 3]:
    if i == 5:
        break
else:
    print("no break")  # expect: no break

for i in [1, 5, 3]:
    if i == 5:
        print("break at", i)  # expect: break at 5
        break
else:
    print("not printed")

pairs = []
for a in range(3):
    for b in "xy":
        if a == 1:
            continue
        pairs.append(f"{a}{b}")
print(pairs)  # expect: ['0x', '0y', '2x', '2y']

total = 0
for k in {"a": 1, "b": 2}:
    total += len(k)
print(total)  # expect: 2


def consumer():
    seen = []
    for v in squares(4):
        seen.append(v)
    return seen


print(consumer())  # expect: [0, 1, 4, 9]


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        if self.n == 1:
            raise ValueError("one left")
        return self.n


got = []
try:
    for v in Countdown(4):
        got.append(v)
except ValueError as e:
    print(got, e)  # expect: [3, 2] one left

i = 0
for i in []:
    pass
print(i)  # expect: 0
