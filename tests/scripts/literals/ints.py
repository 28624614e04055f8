# Integer literals: decimal, hex, octal, binary, with underscores.
print(0)  # expect: 0
print(00)  # expect: 0
print(42)  # expect: 42
print(1_000_000)  # expect: 1000000
print(0xff, 0XFF, 0x_ff)  # expect: 255 255 255
print(0o17, 0O17)  # expect: 15 15
print(0b1010, 0B1010, 0b_1111_0000)  # expect: 10 10 240
print(0xdead_beef)  # expect: 3735928559
print(-0x10)  # expect: -16
print(9223372036854775807)  # expect: 9223372036854775807
print(0x7FFF_FFFF_FFFF_FFFF)  # expect: 9223372036854775807
print(-9223372036854775807 - 1)  # expect: -9223372036854775808
print(type(0x10))  # expect: <class 'int'>
