# printf float conversions e E f F g G: precision, inf/nan, -0.0 and large/small exponents.
x = 3.14159265
print("%f" % x)  # expect: 3.141593
print("%.2f" % x)  # expect: 3.14
print("%.0f" % x)  # expect: 3
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))  # expect: 0 2 2
print("%e" % x)  # expect: 3.141593e+00
print("%E" % 12345.678)  # expect: 1.234568E+04
print("%.3e" % 0.000123456)  # expect: 1.235e-04
print("%g" % x)  # expect: 3.14159
print("%G" % 1e-10)  # expect: 1E-10
print("%g %g %g" % (100000, 1000000, 1e15))  # expect: 100000 1e+06 1e+15
print("%g %g" % (0.0001, 0.00001))  # expect: 0.0001 1e-05
print("%g" % 123456789.0)  # expect: 1.23457e+08
print("%.3g" % 1234.5)  # expect: 1.23e+03
print("%.10g" % (1 / 3))  # expect: 0.3333333333
print("%g" % 1e100)  # expect: 1e+100
print("%e" % 1e-300)  # expect: 1.000000e-300
print("%G" % 2.5e-7)  # expect: 2.5E-07
print("%f" % 1e20)  # expect: 100000000000000000000.000000
print("%.1f" % 0.05)  # expect: 0.1
print("%.2f" % 2.675)  # expect: 2.67
print("%f %d" % (2, 2))  # expect: 2.000000 2
print("%.3f" % True)  # expect: 1.000
print("%f" % 2 ** 60)  # expect: 1152921504606846976.000000
# special values
inf = float("inf")
nan = float("nan")
print("%f %f %f" % (inf, -inf, nan))  # expect: inf -inf nan
print("%F %F %F" % (inf, -inf, nan))  # expect: INF -INF NAN
print("%e %E" % (inf, nan))  # expect: inf NAN
print("%g %G" % (-inf, nan))  # expect: -inf NAN
print("[%8.2f] [%-8f] [%+f]" % (inf, nan, inf))  # expect: [     inf] [nan     ] [+inf]
print("[%08.2f]" % -inf)  # expect: [-0000inf]
print("%f %g %e" % (-0.0, -0.0, -0.0))  # expect: -0.000000 -0 -0.000000e+00
print("%+.1f %+.1f" % (0.0, -0.0))  # expect: +0.0 -0.0
# alternate form keeps the point and trailing zeros
print("%#.0f %#.0e" % (3.0, 3.0))  # expect: 3. 3.e+00
print("%#g %g" % (1.0, 1.0))  # expect: 1.00000 1
print("%#.3g" % 2.0)  # expect: 2.00
# width, flags
print("[%10.3f]" % x)  # expect: [     3.142]
print("[%-10.3f]" % x)  # expect: [3.142     ]
print("[%010.3f]" % -x)  # expect: [-00003.142]
print("[% .2f] [% .2f]" % (x, -x))  # expect: [ 3.14] [-3.14]
print("[%+.2e]" % 12345.0)  # expect: [+1.23e+04]
print("[%12.4E]" % -0.000271828)  # expect: [ -2.7183E-04]
try:
    print("%f" % "1.5")
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError must be real number, not str
try:
    print("%e" % None)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError must be real number, not NoneType
try:
    print("%g" % [1.0])
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError must be real number, not list
