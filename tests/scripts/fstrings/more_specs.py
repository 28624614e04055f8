# Less common but standard format specs (sign, alternate form, precision on
# strings, general format with precision).
print(f"{5:+d} {-5:+d} {5: d}|")  # expect: +5 -5  5|
print(f"{3.5:+.1f}")  # expect: +3.5
print(f"{255:#x} {8:#o} {5:#b}")  # expect: 0xff 0o10 0b101
print(f"{'abcdef':.3}")  # expect: abc
print(f"{'abcdef':>6.2}|")  # expect:     ab|
print(f"{3.14159:.3}")  # expect: 3.14
print(f"{1234.5678:.6}")  # expect: 1234.57
print(f"{0.0001234:.2g}")  # expect: 0.00012
print(f"{1e20:.3g}")  # expect: 1e+20
print(f"{12345:e}")  # expect: 1.234500e+04
print(f"{2.0:g} {2.5:g}")  # expect: 2 2.5
print(f"{-42:>+6}|")  # expect:    -42|
print(f"{42:=+6}|")  # expect: +   42|
