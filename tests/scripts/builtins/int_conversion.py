# int(): from strings (spaces, signs, underscores, bases), floats, bools.
print(int("42"), int(" 42 "), int("-7"), int("+7"))  # expect: 42 42 -7 7
print(int("\t12\n"))  # expect: 12
print(int("1_000"))  # expect: 1000
print(int("007"))  # expect: 7
print(int(3.9), int(-3.9), int(0.5), int(-0.5))  # expect: 3 -3 0 0
print(int(True), int(False))  # expect: 1 0
print(int("ff", 16), int("FF", 16), int("0xff", 16))  # expect: 255 255 255
print(int("101", 2), int("17", 8), int("z", 36))  # expect: 5 15 35
print(int(1e18))  # expect: 1000000000000000000
print(int())  # expect: 0
print(int(5))  # expect: 5
for bad in ["abc", "", "1.5", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1.5'
# expect: invalid literal for int() with base 10: '1 2'
# expect: invalid literal for int() with base 10: '0x10'
try:
    int("g", 16)
except ValueError as e:
    print(e)  # expect: invalid literal for int() with base 16: 'g'
try:
    int([1])
except TypeError as e:
    print(e)  # expect: int() argument must be a string, a bytes-like object or a real number, not 'list'
