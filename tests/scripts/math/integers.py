# math's integer functions: exact results of any size.
import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21))
# expect: 1 1 2432902008176640000 51090942171709440000
print(math.factorial(30))  # expect: 265252859812191058636308480000000
print(len(str(math.factorial(1000))), math.factorial(100) % 10 ** 30, math.factorial(True))
# expect: 2568 916864000000000000000000000000 1
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 64), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
# expect: 0 3 4 4294967296 100000000000000000000 13043817825332782212
print(math.isqrt(9223372036854775807), math.isqrt(10 ** 100 - 1) == 10 ** 50 - 1)  # expect: 3037000499 True
print(math.gcd(), math.gcd(12), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(2 ** 64, True))
# expect: 0 12 6 0 1125899906842624 1
print(math.gcd(-9223372036854775807 - 1, 0), math.gcd(-9223372036854775807 - 1, -9223372036854775807 - 1))
# expect: 9223372036854775808 9223372036854775808
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 64, 3), math.lcm(2 ** 40, 2 ** 41))
# expect: 1 60 0 12 55340232221128654848 2199023255552
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.comb(5, 0), math.comb(5, 5), math.comb(2 ** 64, 2))
# expect: 120 0 100891344545564193334812497256 1 1 170141183460469231722463931679029329920
print(math.comb(10 ** 30, 10 ** 30 - 2), math.comb(60, 30))
# expect: 499999999999999999999999999999500000000000000000000000000000 118264581564861424
print(math.perm(10, 3), math.perm(5, 0), math.perm(5), math.perm(5, 6), math.perm(5, 2 ** 64), math.perm(30, 20))
# expect: 720 1 120 0 0 73096577329197271449600000
print(math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2 ** 64, 2 ** 64]))
# expect: 1 2432902008176640000 3.0 340282366920938463463374607431768211456
print(math.prod([1, 2], start=3), math.prod(["a", 2]), math.prod([3, [1]]), math.prod(range(1, 6), start=0.5))
# expect: 6 aa [1, 1, 1] 60.0
n = 1
for i in range(1, 26):
    n *= i
print(n == math.factorial(25), math.comb(25, 12) == math.factorial(25) // (math.factorial(12) * math.factorial(13)))
# expect: True True
errors = [
    lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial(2 ** 64),
    lambda: math.factorial(-2 ** 100), lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.gcd(2.0),
    lambda: math.lcm(2 ** 64, 3, 0.5), lambda: math.comb(-1, 2), lambda: math.comb(1, -2),
    lambda: math.comb(10 ** 20, 2 ** 64), lambda: math.comb(5, 2.0), lambda: math.perm(-1),
    lambda: math.perm(5, -1), lambda: math.perm(2 ** 64), lambda: math.perm(10 ** 20, 2 ** 64),
    lambda: math.prod([1, 2], 3), lambda: math.prod(), lambda: math.prod([1], foo=3), lambda: math.prod(5),
]
for call in errors:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as err:
        print(type(err).__name__ + ":", err)
# expect: ValueError: factorial() not defined for negative values
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: ValueError: factorial() not defined for negative values
# expect: ValueError: isqrt() argument must be nonnegative
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: n must be a non-negative integer
# expect: ValueError: k must be a non-negative integer
# expect: OverflowError: min(n - k, k) must not exceed 9223372036854775807
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: factorial() not defined for negative values
# expect: ValueError: k must be a non-negative integer
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807
# expect: OverflowError: k must not exceed 9223372036854775807
# expect: TypeError: prod() takes exactly 1 positional argument (2 given)
# expect: TypeError: prod() takes exactly 1 positional argument (0 given)
# expect: TypeError: 'foo' is an invalid keyword argument for prod()
# expect: TypeError: 'int' object is not iterable
