# Containers too large to allocate raise MemoryError instead of aborting.
try:
    big = list(range(10**12))
except MemoryError as e:
    print("list(range):", repr(e))  # expect: list(range): MemoryError()
try:
    big = tuple(range(2**40))
except MemoryError:
    print("tuple(range)")  # expect: tuple(range)
try:
    big = [0, 1] * (2**61)
except MemoryError:
    print("list repeat")  # expect: list repeat
try:
    big = (None,) * (2**40)
except MemoryError:
    print("tuple repeat")  # expect: tuple repeat
try:
    big = "ab" * (2**61)
except MemoryError:
    print("str repeat")  # expect: str repeat
print(len([None] * 1000), len("xy" * 1000))  # expect: 1000 2000
