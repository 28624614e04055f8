# hex, oct, bin, and pow with a modulus.
print(hex(255), hex(-255), hex(0), hex(True))  # expect: 0xff -0xff 0x0 0x1
print(oct(8), oct(-9), bin(5), bin(-6), bin(0))  # expect: 0o10 -0o11 0b101 -0b110 0b0
print(hex(9223372036854775807), bin(-9223372036854775807 - 1)[:6])  # expect: 0x7fffffffffffffff -0b100
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7))  # expect: 1 698635 1
print(pow(3, 4, -5), pow(0, 0, 7), pow(5, 0, 1))  # expect: -4 1 0
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))  # expect: 5 23 7
print(pow(9223372036854775807, 2, 9223372036854775783))  # expect: 576
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: ValueError pow() 3rd argument cannot be 0
# expect: ValueError base is not invertible for the given modulus
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
try:
    hex(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
try:
    bin("3")
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
