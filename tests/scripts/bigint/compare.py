# Comparisons are exact between ints of any size and floats.
M = 9223372036854775807
print(2 ** 63 > 9.2e18, 2 ** 63 == 9.223372036854775808e18, 2 ** 63 - 1 < 2.0 ** 63)  # expect: True True True
print(M == 2.0 ** 63, M < 2.0 ** 63, M + 1 == 2.0 ** 63, M + 2 > 2.0 ** 63)  # expect: False True True True
print(2 ** 1000 > 1e308, 2 ** 1024 > 1e308, 2 ** 1024 < float("inf"), -2 ** 1024 > float("-inf"))
# expect: False True True True
print(10 ** 400 == 1e400, 10 ** 400 < float("inf"), 2 ** 100 < float("nan"), 2 ** 100 == float("nan"))
# expect: False True False False
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)  # expect: True False True
print(2 ** 100 < 2.0 ** 100 + 2.0 ** 48, -2 ** 100 > -2.0 ** 100 - 2.0 ** 48)  # expect: True True
print(2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1, 2 ** 64 < 2 ** 64 + 1, 2 ** 64 >= 2 ** 64)
# expect: True True True True
print(-2 ** 64 < -2 ** 63 - 1 < -2 ** 63 < 0 < 2 ** 63 - 1 < 2 ** 63 < 2 ** 64)  # expect: True
print(2 ** 100 > M, -2 ** 100 < -M, M < 2 ** 100, 5 == 2 ** 100, 2 ** 100 != 5)
# expect: True True True False True
print([2 ** 64] == [2 ** 64], (2 ** 64, 1) < (2 ** 64, 2), [2 ** 70] > [2 ** 69])  # expect: True True True
print(2 ** 64 in [2 ** 64], 2 ** 64 in [2.0 ** 64], 2.0 ** 64 in (2 ** 64,), 2 ** 64 in [1, 2])
# expect: True True True False
print(2 ** 64 in range(10), 2 ** 64 + 0.5 > 2 ** 64, 2 ** 64 - 0.5 < 2 ** 64)  # expect: False False False
print(max(2 ** 100, 1.0), min(2 ** 64 + 1, 2 ** 64), max([2 ** 64, 2 ** 64 + 1, -2 ** 70]))
# expect: 1267650600228229401496703205376 18446744073709551616 18446744073709551617
print(sorted([3, 2 ** 64, -2 ** 64, 2.5, 1e30, -1e30, 2 ** 100, 2 ** 64 + 1]))
# expect: [-1e+30, -18446744073709551616, 2.5, 3, 18446744073709551616, 18446744073709551617, 1e+30, 1267650600228229401496703205376]
print(sorted([2 ** 64 + 1, 2.0 ** 64, 2 ** 64], reverse=True))
# expect: [18446744073709551617, 1.8446744073709552e+19, 18446744073709551616]
print(bool(2 ** 100), bool(-2 ** 100), not 2 ** 100, 2 ** 100 and 5, 0 or 2 ** 100)
# expect: True True False 5 1267650600228229401496703205376
x = 2 ** 64
if x > M:
    print("big")  # expect: big
while x > 2 ** 62:
    x //= 2
print(x)  # expect: 4611686018427387904
n = 0
i = M - 2
while i < M + 3:
    n += 1
    i += 1
print(n, i)  # expect: 5 9223372036854775810
