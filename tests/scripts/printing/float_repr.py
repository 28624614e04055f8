# Floats print as the shortest string that reads back the same value;
# exponent notation is used below 1e-4 and from 1e16 up.
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1 / 3)  # expect: 0.3333333333333333
print(2.0, 100.0, -5.0)  # expect: 2.0 100.0 -5.0
print(1e15, 1e16)  # expect: 1000000000000000.0 1e+16
print(123456789012345678.0)  # expect: 1.2345678901234568e+17
print(9999999999999998.0)  # expect: 9999999999999998.0
print(1e22, 1e100)  # expect: 1e+22 1e+100
print(1.5e300 * 1e8)  # expect: 1.5e+308
print(0.0001, 0.00001)  # expect: 0.0001 1e-05
print(1.5e-7, 2.5e-5)  # expect: 1.5e-07 2.5e-05
print(5e-324, 1.7976931348623157e308)  # expect: 5e-324 1.7976931348623157e+308
print(0.1, 0.5, 0.25, 0.3)  # expect: 0.1 0.5 0.25 0.3
print(1.1 * 1.1)  # expect: 1.2100000000000002
print(3.0 * 1.1)  # expect: 3.3000000000000003
print(1e16 + 1)  # expect: 1e+16
print(2 ** 53 + 1.0)  # expect: 9007199254740992.0
print(-1e-10)  # expect: -1e-10
print(123.456e5)  # expect: 12345600.0
print(float(10 ** 15), float(10 ** 16))  # expect: 1000000000000000.0 1e+16
print(7.0 / 2, 7 / 7)  # expect: 3.5 1.0
print(1234567.0, 0.000123)  # expect: 1234567.0 0.000123
