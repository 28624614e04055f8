# fsum is exact (Shewchuk, as CPython); hypot and dist are CPython's
# compensated norms.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum(range(10)), math.fsum([True, 2 ** 60]))
# expect: 1.0 0.9999999999999999 0.0 45.0 1.152921504606847e+18
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([2 ** 53, 1, 2 ** -53]))
# expect: 1e-100 9007199254740994.0
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([1e308, -1e308, 1.0]), math.fsum([math.inf, 1]), math.fsum([-math.inf, 2]))
# expect: 1.0000000000000002 1.0 inf -inf
print(math.fsum([0.3, 0.2, 0.1, -0.6]), math.fsum([2.0 ** -1074, 2.0 ** -1074]), math.fsum([-0.0, -0.0]))
# expect: 2.7755575615628914e-17 1e-323 0.0
xs = []
x = 1.0
for i in range(200):
    x = (x * 7919.0) % 104729.0
    xs.append((x - 52364.5) * 10.0 ** (i % 40 - 20))
print(math.fsum(xs), math.fsum(xs + [-1.5, -2.5]) - math.fsum(xs))  # expect: -6.738106947249363e+23 0.0
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324))
# expect: 5.0 0.0 5.0 3.7416573867739413 1.4142135623730951e+308 5e-324
print(math.hypot(1e-310, 2e-310), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.1, 0.2, 0.3, 0.4))
# expect: 2.2360679774998e-310 inf nan 0.5477225575051661
print(math.hypot(*xs[:20]), math.hypot(2 ** 100, 1), math.hypot(True, 1))
# expect: 2605.44389456398 1.2676506002282294e+30 1.4142135623730951
print(math.dist((1, 2), (4, 6)), math.dist([1, 2], (3, 4)), math.dist((0.1, 0.2, 0.3), (-0.4, 0.5, 0.6)), math.dist([], []))
# expect: 5.0 2.8284271247461903 0.6557438524302001 0.0
for call in [lambda: math.fsum([1, "a"]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
             lambda: math.fsum(5), lambda: math.fsum(), lambda: math.fsum([2 ** 1024]), lambda: math.hypot(1, "a"),
             lambda: math.hypot(2 ** 1100), lambda: math.dist((1,), (1, 2)), lambda: math.dist(1, 2)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as err:
        print(type(err).__name__ + ":", err)
# expect: TypeError: must be real number, not str
# expect: ValueError: -inf + inf in fsum
# expect: OverflowError: intermediate overflow in fsum
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: math.fsum() takes exactly one argument (0 given)
# expect: OverflowError: int too large to convert to float
# expect: TypeError: must be real number, not str
# expect: OverflowError: int too large to convert to float
# expect: ValueError: both points must have the same number of dimensions
# expect: TypeError: 'int' object is not iterable
