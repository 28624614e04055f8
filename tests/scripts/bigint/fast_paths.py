# The fused and cached int paths (local op constant, local op local,
# compare-and-branch, attribute updates) fall back to big ints when an
# i64 result would overflow, never wrap or raise.
M = 9223372036854775807


def local_const(n):
    a = n + 1
    b = n * 2
    c = -n - 2
    d = n // -1
    e = n % 7
    f = n << 1
    return a, b, c, d, e, f


def local_local(x, y):
    total = x
    total += y
    return total, x * y, x - y, x & y, x | y, x ^ y


def countdown(n, limit):
    steps = 0
    while n > limit:
        n -= 1
        steps += 1
    return n, steps


def compare(n):
    out = []
    if n > 9223372036854775807:
        out.append("above")
    if n == 9223372036854775808:
        out.append("equal")
    if n < 18446744073709551616:
        out.append("below")
    if n >= n:
        out.append("self")
    return out


class Acc:
    def __init__(self, start):
        self.value = start
        self.step = M

    def add(self, k):
        self.value += k
        self.value += self.step
        self.value -= 1
        return self.value


print(local_const(M))
# expect: (9223372036854775808, 18446744073709551614, -9223372036854775809, -9223372036854775807, 0, 18446744073709551614)
print(local_const(-M - 1))
# expect: (-9223372036854775807, -18446744073709551616, 9223372036854775806, 9223372036854775808, 6, -18446744073709551616)
print(local_const(2 ** 64))
# expect: (18446744073709551617, 36893488147419103232, -18446744073709551618, -18446744073709551616, 2, 36893488147419103232)
print(local_local(M, M), local_local(-M - 1, -1))
# expect: (18446744073709551614, 85070591730234615847396907784232501249, 0, 9223372036854775807, 9223372036854775807, 0) (-9223372036854775809, 9223372036854775808, -9223372036854775807, -9223372036854775808, -1, 9223372036854775807)
print(local_local(2 ** 64, -2 ** 64))
# expect: (0, -340282366920938463463374607431768211456, 36893488147419103232, 18446744073709551616, -18446744073709551616, -36893488147419103232)
print(countdown(M + 3, M), countdown(2 ** 64 + 2, 2 ** 64 - 1))
# expect: (9223372036854775807, 3) (18446744073709551615, 3)
print(compare(M + 1), compare(M), compare(2 ** 70))
# expect: ['above', 'equal', 'below', 'self'] ['below', 'self'] ['above', 'self']
a = Acc(M)
print(a.add(1), a.add(M), a.value > M)  # expect: 18446744073709551614 36893488147419103227 True
b = Acc(-M - 1)
b.step = -M - 1
print(b.add(-1), b.add(0))  # expect: -18446744073709551618 -27670116110564327427
xs = [M, M]
xs[0] += 1
print(xs, xs[0] - xs[1])  # expect: [9223372036854775808, 9223372036854775807] 1
d = {"k": M}
d["k"] += 1
d["k"] *= d["k"]
print(d)  # expect: {'k': 85070591730234615865843651857942052864}
fib = [0, 1]
for i in range(100):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[92], fib[93])  # expect: 573147844013817084101 7540113804746346429 12200160415121876738
