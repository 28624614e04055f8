# math's float functions, with CPython's values and its domain and range
# errors.
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.sqrt(2 ** 100))
# expect: 1.4142135623730951 4.0 0.0 -0.0 inf 1125899906842624.0
print(math.exp(1), math.exp(-1000), math.exp(0.5), math.exp2(10), math.exp2(0.5), math.expm1(1e-10))
# expect: 2.718281828459045 0.0 1.6487212707001282 1024.0 1.4142135623730951 1.00000000005e-10
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 100, 2), math.log(1), math.log(0.5))
# expect: 1.0 2.0 3.0 100.0 0.0 -0.6931471805599453
print(math.log2(8), math.log2(10), math.log10(1000), math.log10(2), math.log1p(1e-10), math.log(True))
# expect: 3.0 3.321928094887362 3.0 0.3010299956639812 9.999999999500001e-11 0.0
print(math.log(10 ** 400), math.log(10 ** 400, 10), math.log2(2 ** 2000), math.log10(10 ** 500), math.log2(3 ** 1000))
# expect: 921.0340371976182 399.99999999999994 2000.0 500.0 1584.9625007211562
print(math.log(2 ** 1100, 2 ** 1000), math.log(0.5, 10 ** 400), math.log(2 ** 10000))
# expect: 1.0999999999999999 -0.000752574989159953 6931.471805599453
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(2, -1), math.pow(math.inf, -1), math.pow(math.nan, 0))
# expect: 1024.0 1.4142135623730951 -8.0 0.5 0.0 1.0
print(math.pow(1, math.nan), math.pow(-1, math.inf), math.pow(0.5, -math.inf), math.pow(2 ** 100, 2))
# expect: 1.0 1.0 inf 1.6069380442589903e+60
print(math.cbrt(27), math.cbrt(-27), math.cbrt(2), math.cbrt(1e-300))
# expect: 3.0000000000000004 -3.0000000000000004 1.2599210498948734 1e-100
print(math.sin(0), math.sin(math.pi / 2), math.sin(1), math.cos(0), math.cos(math.pi), math.cos(1), math.tan(1))
# expect: 0.0 1.0 0.8414709848078965 1.0 -1.0 0.5403023058681398 1.5574077246549023
print(math.asin(1), math.acos(0), math.acos(-1), math.atan(1), math.atan(math.inf), math.atan2(1, 1), math.atan2(0.0, -0.0))
# expect: 1.5707963267948966 1.5707963267948966 3.141592653589793 0.7853981633974483 1.5707963267948966 0.7853981633974483 3.141592653589793
print(math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(-math.inf, math.inf))
# expect: -3.141592653589793 1.5707963267948966 -0.7853981633974483
print(math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(1000), math.asinh(1), math.acosh(2), math.atanh(0.5))
# expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649 1.0 0.881373587019543 1.3169578969248166 0.5493061443340548
print(math.asinh(-1e300), math.asinh(1e-300), math.acosh(1), math.acosh(1e20), math.atanh(-0.99))
# expect: -691.4686750787736 1e-300 0.0 46.74484904044086 -2.6466524123622457
errors = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(-2 ** 100),
    lambda: math.log(0.0), lambda: math.log(8, 1), lambda: math.log(1, 2, 3), lambda: math.log(),
    lambda: math.log(10 ** 400, 0), lambda: math.log2(0), lambda: math.log10(-5), lambda: math.log1p(-1),
    lambda: math.exp(1000), lambda: math.exp2(2000), lambda: math.expm1(1000), lambda: math.cosh(1000),
    lambda: math.sinh(-1000), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(10, 400),
    lambda: math.sin(math.inf), lambda: math.cos(-math.inf), lambda: math.tan(math.inf), lambda: math.asin(2),
    lambda: math.acos(-1.5), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.atanh(-2),
    lambda: math.sqrt("4"), lambda: math.sqrt(None), lambda: math.sqrt(2 ** 1100), lambda: math.atan2(1),
    lambda: math.pow(1), lambda: math.exp([1]),
]
for call in errors:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as err:
        print(type(err).__name__ + ":", err)
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ZeroDivisionError: float division by zero
# expect: TypeError: math.log requires 1 to 2 arguments
# expect: TypeError: math.log requires 1 to 2 arguments
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: OverflowError: math range error
# expect: OverflowError: math range error
# expect: OverflowError: math range error
# expect: OverflowError: math range error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: TypeError: must be real number, not str
# expect: TypeError: must be real number, not NoneType
# expect: OverflowError: int too large to convert to float
# expect: TypeError: atan2 expected 2 arguments, got 1
# expect: TypeError: pow expected 2 arguments, got 1
# expect: TypeError: must be real number, not list
