# ** << >> past 64 bits; negative exponents give floats, negative shift
# counts are errors.
M = 9223372036854775807
m = -M - 1
print(2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 65, 3 ** 40)
# expect: 9223372036854775808 18446744073709551616 -9223372036854775808 -36893488147419103232 12157665459056928801
print(2 ** 100, 10 ** 25, (-10) ** 21, 7 ** 23)
# expect: 1267650600228229401496703205376 10000000000000000000000000 -1000000000000000000000 27368747340080916343
print((2 ** 64) ** 2, (-(2 ** 64)) ** 3)
# expect: 340282366920938463463374607431768211456 -6277101735386680763835789423207666416102355444464034512896
print(2 ** 62 * 2 == 2 ** 63, 2 ** 63 // 2 == 2 ** 62)  # expect: True True
print(2 ** -1, 2 ** -100, (2 ** 100) ** -1, (-2) ** -3, pow(2, -2 ** 100))
# expect: 0.5 7.888609052210118e-31 7.888609052210118e-31 -0.125 0.0
print(1 ** (2 ** 100), (-1) ** (2 ** 100), (-1) ** (2 ** 100 + 1), 0 ** (2 ** 100))  # expect: 1 1 -1 0
print((2 ** 100) ** 0, (2 ** 100) ** 1 == 2 ** 100, (2 ** 100) ** 0.5, 2 ** 0.5)
# expect: 1 True 1125899906842624.0 1.4142135623730951
print(pow(2, 100), pow(-3, 41), pow(2 ** 70, 2))
# expect: 1267650600228229401496703205376 -36472996377170786403 1393796574908163946345982392040522594123776
print(1 << 63, 1 << 64, 1 << 100, -1 << 63, -1 << 64, 3 << 62)
# expect: 9223372036854775808 18446744073709551616 1267650600228229401496703205376 -9223372036854775808 -18446744073709551616 13835058055282163712
print(M << 1, m << 1, (M << 1) >> 1 == M)  # expect: 18446744073709551614 -18446744073709551616 True
print((2 ** 100) >> 36, (2 ** 100) >> 100, (2 ** 100) >> 101, (2 ** 100) >> 2 ** 70)
# expect: 18446744073709551616 1 0 0
print((-2 ** 100) >> 36, (-2 ** 100) >> 101, -1 >> 2 ** 100, (-2 ** 100 - 1) >> 99)
# expect: -18446744073709551616 -1 -1 -3
print(0 << 2 ** 100, 0 >> 2 ** 100, 5 >> 64, -5 >> 64)  # expect: 0 0 0 -1
print(1 << 0, (2 ** 100) << 0 == 2 ** 100)  # expect: 1 True
x = 1
x <<= 80
print(x)  # expect: 1208925819614629174706176
x >>= 79
print(x)  # expect: 2
for a, b in [(1, -1), (2 ** 100, -1), (1, -2 ** 100), (2 ** 100, -2 ** 100)]:
    try:
        print(a << b)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(a >> b)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
try:
    print((2 ** 1100) ** -1)
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: int too large to convert to float
try:
    print(1 << 2 ** 64)
except MemoryError:
    print("MemoryError")  # expect: MemoryError
