# math's constants; floor, ceil and trunc return ints, big when needed.
import math
from math import pi, e, tau, inf, nan
print(pi, e, tau, inf, -inf, nan, math.pi == pi)
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan True
print(math.isnan(nan), nan == nan, math.isinf(inf), math.isfinite(1e308), math.isfinite(2 ** 100))
# expect: True False True True True
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
# expect: 2 -3 3 -2 -2 2
print(math.floor(1e20), math.floor(-1e20), math.ceil(1e300) == int(1e300), math.trunc(-1.5e19))
# expect: 100000000000000000000 -100000000000000000000 True -15000000000000000000
print(math.floor(7), math.ceil(-7), math.floor(True), type(math.floor(2 ** 100)), math.floor(2 ** 100))
# expect: 7 -7 1 <class 'int'> 1267650600228229401496703205376
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(2 ** 70), type(math.floor(1.0)))
# expect: 0 0 1180591620717411303424 <class 'int'>
for f in [math.floor, math.ceil, math.trunc]:
    for x in [inf, -inf, nan]:
        try:
            f(x)
        except (OverflowError, ValueError) as err:
            print(type(err).__name__ + ":", err)
# expect: OverflowError: cannot convert float infinity to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
for bad in ["1", None]:
    for f in [math.floor, math.trunc]:
        try:
            f(bad)
        except TypeError as err:
            print("TypeError:", err)
# expect: TypeError: must be real number, not str
# expect: TypeError: type str doesn't define __trunc__ method
# expect: TypeError: must be real number, not NoneType
# expect: TypeError: type NoneType doesn't define __trunc__ method
print(math.fabs(-3), math.fabs(-2 ** 100), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, nan))
# expect: 3.0 1.2676506002282294e+30 -3.0 2.0 1.0
print(math.modf(-3.5), math.modf(5), math.modf(inf), math.modf(-inf), math.modf(-0.0))
# expect: (-0.5, -3.0) (0.0, 5.0) (0.0, inf) (-0.0, -inf) (-0.0, -0.0)
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, inf), math.fmod(-5.5, 2), math.fmod(2 ** 100, 7))
# expect: -1.0 1.0 5.0 -1.5 2.0
print(math.degrees(pi), math.radians(180), math.degrees(1), math.radians(-45))
# expect: 180.0 3.141592653589793 57.29577951308232 -0.7853981633974483
print(math.frexp(0.0), math.frexp(8), math.frexp(-3.0), math.frexp(2 ** 100), math.frexp(5e-324))
# expect: (0.0, 0) (0.5, 4) (-0.75, 2) (0.5, 101) (0.5, -1073)
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(1.0, -2 ** 100))
# expect: 8.0 5e-324 0.0 1e-323 0.0
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.00001), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
# expect: True False False True
print(math.isclose(inf, inf), math.isclose(inf, 1e308), math.isclose(nan, nan), math.isclose(1, 1.1, rel_tol=0.1))
# expect: True False False True
for call in [lambda: math.fmod(5, 0), lambda: math.fmod(inf, 3), lambda: math.ldexp(1.0, 1024),
             lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1), lambda: math.isclose(1, 2, 3),
             lambda: math.isclose(1, 2, tol=1), lambda: math.ldexp(1.0, 1.5), lambda: math.fabs(2 ** 1024),
             lambda: math.floor("x"), lambda: math.sqrt(), lambda: math.fmod(1), lambda: math.sqrt(x=1)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as err:
        print(type(err).__name__ + ":", err)
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: ValueError: tolerances must be non-negative
# expect: TypeError: isclose() missing required argument 'b' (pos 2)
# expect: TypeError: isclose() takes exactly 2 positional arguments (3 given)
# expect: TypeError: 'tol' is an invalid keyword argument for isclose()
# expect: TypeError: Expected an int as second argument to ldexp.
# expect: OverflowError: int too large to convert to float
# expect: TypeError: must be real number, not str
# expect: TypeError: math.sqrt() takes exactly one argument (0 given)
# expect: TypeError: fmod expected 2 arguments, got 1
# expect: TypeError: math.sqrt() takes no keyword arguments
