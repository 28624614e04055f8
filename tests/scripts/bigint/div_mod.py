# // % divmod with big and negative operands: floor semantics, the
# remainder takes the divisor's sign.
M = 9223372036854775807
m = -M - 1
print(m // -1, m % -1, divmod(m, -1))  # expect: 9223372036854775808 0 (9223372036854775808, 0)
print(2 ** 100 // 7, 2 ** 100 % 7, -2 ** 100 // 7, -2 ** 100 % 7)
# expect: 181092942889747057356671886482 2 -181092942889747057356671886483 5
print(2 ** 100 // -7, 2 ** 100 % -7, -2 ** 100 // -7, -2 ** 100 % -7)
# expect: -181092942889747057356671886483 -5 181092942889747057356671886482 -2
print(7 // 2 ** 100, 7 % 2 ** 100, -7 // 2 ** 100, -7 % 2 ** 100)
# expect: 0 7 -1 1267650600228229401496703205369
print(7 // -2 ** 100, 7 % -2 ** 100, -7 // -2 ** 100, -7 % -2 ** 100)
# expect: -1 -1267650600228229401496703205369 0 -7
print(divmod(-2 ** 64, 7), divmod(2 ** 100, -3), divmod(-2 ** 100, 2 ** 70))
# expect: (-2635249153387078803, 5) (-422550200076076467165567735126, -2) (-1073741824, 0)
print(divmod(10 ** 30, 10 ** 15), divmod(-10 ** 30, 10 ** 15 + 1))
# expect: (1000000000000000, 0) (-1000000000000000, 1000000000000000)
print((M + 1) // 2, (M + 1) % 2, (m - 1) // 2, (m - 1) % 2)
# expect: 4611686018427387904 0 -4611686018427387905 1
print(2 ** 100 / 2 ** 99, 2 ** 100 / 3, -(2 ** 100) / 3, 1 / 2 ** 100)
# expect: 2.0 4.2255020007607644e+29 -4.2255020007607644e+29 7.888609052210118e-31
print(10 ** 400 / 10 ** 399, 3 / 2 ** 1076, 1 / 2 ** 1075)  # expect: 10.0 5e-324 0.0
print(m / 1, 0 / m, (M + 1) / (M + 1))  # expect: -9.223372036854776e+18 -0.0 1.0
print(2 ** 100 // 1.5, 2 ** 100 % 1e300, -2 ** 100 % 1e300, divmod(2 ** 100, 1.5))
# expect: 8.451004001521529e+29 1.2676506002282294e+30 1e+300 (8.451004001521529e+29, 1.0)
for a, b in [(2 ** 100, 0), (2 ** 100, 0.0), (0, -2 ** 100)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError: float floor division by zero
# expect: ZeroDivisionError: float modulo
# expect: ZeroDivisionError: float division by zero
# expect: 0
# expect: 0
# expect: -0.0
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: integer division result too large for a float
print(2 ** 1024 / 3)  # expect: 5.992310449541053e+307
x = 2 ** 70
x //= 3
print(x)  # expect: 393530540239137101141
x %= 1000
print(x)  # expect: 141
