# int() from text and floats, float() from ints: any size, exact where
# CPython is exact.
print(int("99999999999999999999999"), int("  -99999999999999999999999  "), int("+1_000_000_000_000_000_000_000"))
# expect: 99999999999999999999999 -99999999999999999999999 1000000000000000000000
print(int("9223372036854775808"), int("-9223372036854775809"), int("-9223372036854775808"))
# expect: 9223372036854775808 -9223372036854775809 -9223372036854775808
print(int("0x" + "f" * 30, 16), int("0x" + "f" * 30, 0), int("-0b" + "1" * 100, 0), int("z" * 30, 36))
# expect: 1329227995784915872903807060280344575 1329227995784915872903807060280344575 -1267650600228229401496703205375 48873677980689257489322752273774603865660850175
print(int("1" * 100, 2), int("7" * 40, 8), int("0o" + "7" * 40, 0), int(" ٣" + "0" * 30))
# expect: 1267650600228229401496703205375 1329227995784915872903807060280344575 1329227995784915872903807060280344575 3000000000000000000000000000000
print(int(2 ** 100), int(-2 ** 100) < 0, int(True), type(int(2 ** 100)))
# expect: 1267650600228229401496703205376 True 1 <class 'int'>
print(int(1e19), int(-1e19), int(1e300), int(-2.0 ** 70), int(9.223372036854775807e18))
# expect: 10000000000000000000 -10000000000000000000 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 -1180591620717411303424 9223372036854775808
print(int(1.5e300) % 1000, int(2.0 ** 1023) == 2 ** 1023, int(-1.7976931348623157e308) == -(2 ** 1024 - 2 ** 971))
# expect: 240 True True
print(round(1e20), round(2.5e20), round(-1.5e300) == int(-1.5e300), round(2.0 ** 100) == 2 ** 100)
# expect: 100000000000000000000 250000000000000000000 True True
print(round(2 ** 100, -5), round(2 ** 100 + 5 * 10 ** 4, -5), round(-2 ** 100, 2 ** 100), round(2 ** 100, 3))
# expect: 1267650600228229401496703200000 1267650600228229401496703300000 -1267650600228229401496703205376 1267650600228229401496703205376
print(round(15, -1), round(25, -1), round(-25, -1), round(-35, -1), round(12345, -8), round(2 ** 100, -40))
# expect: 20 20 -20 -40 0 0
print(round(1.5, 2 ** 100), round(1.5, -2 ** 100))  # expect: 1.5 0.0
print(float(2 ** 100), float(-2 ** 64), float(2 ** 64 + 2 ** 11), float(2 ** 64 + 2 ** 11 + 1))
# expect: 1.2676506002282294e+30 -1.8446744073709552e+19 1.8446744073709552e+19 1.8446744073709556e+19
print(float(2 ** 1024 - 2 ** 971), float(2 ** 53 + 1), float(10 ** 308), float(-(10 ** 308)))
# expect: 1.7976931348623157e+308 9007199254740992.0 1e+308 -1e+308
print(2 ** 100 + 0.5, 0.5 * 2 ** 100, 2 ** 100 - 1.5, 1.0 + 2 ** 64, (2 ** 53 + 1) + 0.0)
# expect: 1.2676506002282294e+30 6.338253001141147e+29 1.2676506002282294e+30 1.8446744073709552e+19 9007199254740992.0
print((2 ** 100) ** 0.5, 2.0 ** 2 ** 6, 1e10 * 10 ** 20)
# expect: 1125899906842624.0 1.8446744073709552e+19 1e+30
for make in [lambda: float(2 ** 1024), lambda: float(-2 ** 1024), lambda: float(2 ** 1024 - 2 ** 970),
             lambda: 2 ** 1024 + 1.0, lambda: 1.0 * 2 ** 1024, lambda: 2 ** 1100 // 1.5, lambda: (2 ** 1100) ** 0.5]:
    try:
        print(make())
    except OverflowError as e:
        print("OverflowError:", e)
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: int too large to convert to float
# expect: OverflowError: int too large to convert to float
for text in ["1" * 4301, "-" + "1" * 4301, "12_" + "3" * 4300]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4302 digits; use sys.set_int_max_str_digits() to increase the limit
print(len(str(int("1" * 4300))), int("f" * 5000, 16) % 1000)  # expect: 4300 375
for x in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: OverflowError: cannot convert float infinity to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
