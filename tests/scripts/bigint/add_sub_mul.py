# + - * crossing the 64-bit boundary both ways; results that fit are
# ordinary ints again.
M = 9223372036854775807
m = -M - 1
print(M + 1, m - 1)  # expect: 9223372036854775808 -9223372036854775809
print(M + M, m + m, m + M)  # expect: 18446744073709551614 -18446744073709551616 -1
print(M + 1 - 1, m - 1 + 1, type(M + 1 - 1))  # expect: 9223372036854775807 -9223372036854775808 <class 'int'>
print(M * 2, m * 2, m * -1, M * M)
# expect: 18446744073709551614 -18446744073709551616 9223372036854775808 85070591730234615847396907784232501249
print(m * m, -m, -(-m), m * 1)
# expect: 85070591730234615865843651857942052864 9223372036854775808 -9223372036854775808 -9223372036854775808
print(3037000500 * 3037000500, -3037000500 * 3037000500)  # expect: 9223372037000250000 -9223372037000250000
print((M + 1) * (M + 1) - (M + 1) * M)  # expect: 9223372036854775808
print(2 ** 64 - 2 ** 64, 2 ** 64 + -2 ** 64 == 0)  # expect: 0 True
x = M
x += 1
print(x)  # expect: 9223372036854775808
x -= 1
print(x, x == M)  # expect: 9223372036854775807 True
y = m
y -= 1
print(y)  # expect: -9223372036854775809
y *= -1
print(y)  # expect: 9223372036854775809
n = 1
for i in range(30):
    n *= 10
print(n)  # expect: 1000000000000000000000000000000
f = 1
for i in range(1, 31):
    f = f * i
print(f)  # expect: 265252859812191058636308480000000
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
print(a)  # expect: 9969216677189303386214405760200
total = 0
for i in range(20):
    total += M
print(total)  # expect: 184467440737095516140
print(True + M, M + True, M * True, False - m)
# expect: 9223372036854775808 9223372036854775808 9223372036854775807 9223372036854775808


class Counter:
    def __init__(self):
        self.n = M

    def bump(self):
        self.n += 1
        self.n += self.n


c = Counter()
c.bump()
print(c.n)  # expect: 18446744073709551616
