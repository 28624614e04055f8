# printf integer conversions d i u o x X with negative, big and bool values, and float truncation.
print("%d %i %u" % (42, 42, 42))  # expect: 42 42 42
print("%d %i %u" % (-42, -42, -42))  # expect: -42 -42 -42
print("%o %x %X" % (255, 255, 255))  # expect: 377 ff FF
print("%o %x %X" % (-255, -255, -255))  # expect: -377 -ff -FF
print("%#o %#x %#X" % (8, 255, 255))  # expect: 0o10 0xff 0XFF
print("%#o %#x %#X" % (-8, -255, -255))  # expect: -0o10 -0xff -0XFF
print("%#o %#x" % (0, 0))  # expect: 0o0 0x0
print("%d" % 0)  # expect: 0
print("%d" % -0)  # expect: 0
big = 2 ** 100
print("%d" % big)  # expect: 1267650600228229401496703205376
print("%d" % -big)  # expect: -1267650600228229401496703205376
print("%x" % big)  # expect: 10000000000000000000000000
print("%X" % (big - 1))  # expect: FFFFFFFFFFFFFFFFFFFFFFFFF
print("%o" % 2 ** 64)  # expect: 2000000000000000000000
print("%#x" % -(2 ** 70))  # expect: -0x400000000000000000
print("%30d|" % big)  # expect: 1267650600228229401496703205376|
print("%-32d|" % -big)  # expect: -1267650600228229401496703205376|
print("%035d" % big)  # expect: 00001267650600228229401496703205376
# bools are ints
print("%d %d" % (True, False))  # expect: 1 0
print("%x %o" % (True, True))  # expect: 1 1
print("%s %r" % (True, False))  # expect: True False
# floats are truncated toward zero by %d/%i/%u
print("%d %i %u" % (3.99, -3.99, 2.5))  # expect: 3 -3 2
print("%d" % 1e20)  # expect: 100000000000000000000
print("%d" % -0.5)  # expect: 0
# %x and %o refuse floats
try:
    print("%x" % 3.0)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError %x format: an integer is required, not float
try:
    print("%o" % 3.0)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError %o format: an integer is required, not float
try:
    print("%X" % "ff")
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError %X format: an integer is required, not str
# width, zero padding and signs
print("[%5d]" % 42)  # expect: [   42]
print("[%-5d]" % 42)  # expect: [42   ]
print("[%05d]" % 42)  # expect: [00042]
print("[%05d]" % -42)  # expect: [-0042]
print("[%+d] [%+d]" % (5, -5))  # expect: [+5] [-5]
print("[% d] [% d]" % (5, -5))  # expect: [ 5] [-5]
print("[%+05d]" % 7)  # expect: [+0007]
print("[% 05d]" % 7)  # expect: [ 0007]
print("[%-+6d]" % 7)  # expect: [+7    ]
print("[%.3d]" % 7)  # expect: [007]
print("[%6.3d]" % -7)  # expect: [  -007]
print("[%#08x]" % 255)  # expect: [0x0000ff]
print("[%#-8X]" % 255)  # expect: [0XFF    ]
print("[%08o]" % -8)  # expect: [-0000010]
print("%d%d%d" % (1, 2, 3))  # expect: 123
