# Arguments at the 64-bit limits give CPython's exceptions, never a crash.
M = 9223372036854775807
m = -M - 1
try:
    print(len(range(m, M)))
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C ssize_t
print(len(range(m + 1, 0)), len(range(0, M)))  # expect: 9223372036854775807 9223372036854775807
try:
    chr(2**40)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C int
try:
    chr(-1)
except ValueError as e:
    print(e)  # expect: chr() arg not in range(0x110000)
try:
    print(f"{-1:c}")
except OverflowError as e:
    print(e)  # expect: %c arg not in range(0x110000)
try:
    print(f"{1:999999999999}")
except MemoryError:
    print("width")  # expect: width
try:
    print("abc".zfill(M))
except MemoryError:
    print("zfill")  # expect: zfill
try:
    print("abc".center(M, "*"))
except MemoryError:
    print("center")  # expect: center
for i, c in enumerate("a", M):
    print(i, c)  # expect: 9223372036854775807 a
print(list(range(M - 2, M)), list(range(m + 2, m, -1)))
# expect: [9223372036854775805, 9223372036854775806] [-9223372036854775806, -9223372036854775807]
print(range(M - 5, M)[-1], range(m, m + 9, 3)[2])  # expect: 9223372036854775806 -9223372036854775802
