# str, repr, format specs and hex/oct/bin of big ints; CPython's limit of
# 4300 digits for int <-> decimal text.
M = 9223372036854775807
print(M + 1, str(-M - 2), repr(2 ** 100), [2 ** 64, -2 ** 64], (2 ** 70,))
# expect: 9223372036854775808 -9223372036854775809 1267650600228229401496703205376 [18446744073709551616, -18446744073709551616] (1180591620717411303424,)
print(str(2 ** 100) == "1267650600228229401496703205376", len(str(10 ** 100)))  # expect: True 101
print(f"{2 ** 100}", f"{2 ** 100!r}", f"{-2 ** 100:,}", f"{2 ** 100:_}")
# expect: 1267650600228229401496703205376 1267650600228229401496703205376 -1,267,650,600,228,229,401,496,703,205,376 1_267_650_600_228_229_401_496_703_205_376
print(f"{2 ** 100:x}", f"{2 ** 100:#X}", f"{-2 ** 100:#o}", f"{2 ** 70:b}")
# expect: 10000000000000000000000000 0X10000000000000000000000000 -0o2000000000000000000000000000000000 10000000000000000000000000000000000000000000000000000000000000000000000
print(f"{2 ** 100:#_x}", f"{2 ** 100:_b}"[:20], f"{2 ** 64:n}", f"{2 ** 64:d}")
# expect: 0x10_0000_0000_0000_0000_0000_0000 1_0000_0000_0000_000 18446744073709551616 18446744073709551616
print(f"[{2 ** 100:>40}]", f"[{2 ** 100:<40}]", f"[{2 ** 100:^40}]")
# expect: [         1267650600228229401496703205376] [1267650600228229401496703205376         ] [    1267650600228229401496703205376     ]
print(f"[{2 ** 100:=+42,}]", f"[{-2 ** 100:042}]", f"[{2 ** 64: }]", f"[{2 ** 64:*^30x}]")
# expect: [+1,267,650,600,228,229,401,496,703,205,376] [-00000000001267650600228229401496703205376] [ 18446744073709551616] [******10000000000000000*******]
print(f"{2 ** 100:e}", f"{2 ** 100:.3E}", f"{2 ** 100:.2f}", f"{2 ** 100:g}", f"{2 ** 100:%}")
# expect: 1.267651e+30 1.268E+30 1267650600228229401496703205376.00 1.26765e+30 126765060022822940149670320537600.000000%
print(format(2 ** 100), format(-2 ** 64, ","), format(2 ** 64, "08x"))
# expect: 1267650600228229401496703205376 -18,446,744,073,709,551,616 10000000000000000
print(hex(2 ** 100), hex(-2 ** 64), oct(2 ** 64), oct(-2 ** 100), bin(2 ** 64), bin(-2 ** 65))
# expect: 0x10000000000000000000000000 -0x10000000000000000 0o2000000000000000000000 -0o2000000000000000000000000000000000 0b10000000000000000000000000000000000000000000000000000000000000000 -0b100000000000000000000000000000000000000000000000000000000000000000
print(hex(M + 1), hex(-M - 1), hex(-M - 2))
# expect: 0x8000000000000000 -0x8000000000000000 -0x8000000000000001
print(len(str(10 ** 4299)), len(str(-10 ** 4299)), str(7 ** 5000 % 10 ** 9))  # expect: 4300 4301 403000001
print(len(hex(10 ** 5000)), hex(10 ** 5000)[:10], len(f"{10 ** 5000:x}"))  # expect: 4155 0x31e20801 4153
for make in [lambda: str(10 ** 4300), lambda: repr(-10 ** 4300), lambda: f"{10 ** 5000}",
             lambda: f"{10 ** 5000:,}", lambda: print(10 ** 4300), lambda: str([10 ** 9000])]:
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
for spec in ["c", "e"]:
    try:
        print(format(2 ** 1100, spec))
    except OverflowError as e:
        print("OverflowError:", e)
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: int too large to convert to float
