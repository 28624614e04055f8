# Integer format specs: zero padding, thousands separators, bases.
n = 1234567
print(f"{n:,}")  # expect: 1,234,567
print(f"{-1234:,}")  # expect: -1,234
print(f"{999:,}")  # expect: 999
print(f"{7:03d}")  # expect: 007
print(f"{-5:03d}")  # expect: -05
print(f"{42:d}")  # expect: 42
print(f"{1234:06}")  # expect: 001234
print(f"{255:x} {255:X}")  # expect: ff FF
print(f"{255:08b}")  # expect: 11111111
print(f"{5:b} {8:o}")  # expect: 101 10
print(f"{-255:x}")  # expect: -ff
print(f"{n:>12,}")  # expect:    1,234,567
print(f"{n:12,}|")  # expect:    1,234,567|
for i in [1, 10, 100]:
    print(f"{i:4d}|")
# expect:    1|
# expect:   10|
# expect:  100|
