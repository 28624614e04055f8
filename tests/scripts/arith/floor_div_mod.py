# Floor division rounds toward negative infinity; the result of % has the
# sign of the divisor, so (a // b) * b + a % b == a always holds.
print(7 // 2, 7 % 2)  # expect: 3 1
print(-7 // 2, -7 % 2)  # expect: -4 1
print(7 // -2, 7 % -2)  # expect: -4 -1
print(-7 // -2, -7 % -2)  # expect: 3 -1
print(-1 // 10, -1 % 10)  # expect: -1 9
print(0 // 3, 0 % -3)  # expect: 0 0
print(-6 // 3, -6 % 3)  # expect: -2 0
print(7.5 // 2, 7.5 % 2)  # expect: 3.0 1.5
print(-7.5 // 2, -7.5 % 2)  # expect: -4.0 0.5
print(7.5 // -2, 7.5 % -2)  # expect: -4.0 -0.5
print(-7.0 // 2, -7.0 % 2, 7.0 % -2)  # expect: -4.0 1.0 -1.0
print(7 // 2.0, 7 % 2.5)  # expect: 3.0 2.0
print(-0.0 % 5)  # expect: 0.0
for a in [-7, -3, 0, 3, 7]:
    for b in [-3, 2]:
        if (a // b) * b + a % b != a:
            print("identity broken", a, b)
print("identity holds")  # expect: identity holds
