# Float format specs: fixed, percent, exponent, general.
x = 3.14159
print(f"{x:.2f}")  # expect: 3.14
print(f"{x:.0f}")  # expect: 3
print(f"{x:8.3f}|")  # expect:    3.142|
print(f"{x:<8.1f}|")  # expect: 3.1     |
print(f"{x:08.3f}")  # expect: 0003.142
print(f"{2:.2f}")  # expect: 2.00
print(f"{-1.5:.1f}")  # expect: -1.5
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{1234.5:,}")  # expect: 1,234.5
print(f"{0.256:.1%}")  # expect: 25.6%
print(f"{0.5:.0%}")  # expect: 50%
print(f"{1:.1%}")  # expect: 100.0%
print(f"{1234.5:e}")  # expect: 1.234500e+03
print(f"{0.000123:.2e}")  # expect: 1.23e-04
print(f"{x:g}")  # expect: 3.14159
print(f"{1234567.0:g}")  # expect: 1.23457e+06
print(f"{0.00001:g}")  # expect: 1e-05
print(f"{100.0:g}")  # expect: 100
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f}")  # expect: 0 2 2
print(f"{0.125:.2f} {0.375:.2f}")  # expect: 0.12 0.38
print(f"{1.005:.2f}")  # expect: 1.00
print(f"{2.675:.2f}")  # expect: 2.67
print(f"{float('inf'):.2f} {-0.0:.1f}")  # expect: inf -0.0
print(f"{1e16}")  # expect: 1e+16
print(f"{10:.2f}")  # expect: 10.00
