# printf %s/%r/%a/%c with user objects, %= augmented assignment, and teaching-script log lines.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
class OnlyRepr:
    def __repr__(self):
        return "<only repr \u00e9>"
p = Point(1, -2)
print("%s" % p)  # expect: (1, -2)
print("%r" % p)  # expect: Point(1, -2)
print("%s | %r" % (p, p))  # expect: (1, -2) | Point(1, -2)
print("%s" % [p])  # expect: [Point(1, -2)]
print("%s" % (p,))  # expect: (1, -2)
print("%s" % OnlyRepr())  # expect: <only repr é>
print("%a" % OnlyRepr())  # expect: <only repr \xe9>
print("[%12s]" % p)  # expect: [     (1, -2)]
print("%s" % str)  # expect: <class 'str'>
print("%s" % Point.__name__)  # expect: Point
# %c takes an int code point or a one-character string
print("%c%c%c" % (72, 105, 33))  # expect: Hi!
print("%c" % "z")  # expect: z
print("[%3c]" % "k")  # expect: [  k]
print("[%-3c]" % 65)  # expect: [A  ]
print("%c" % 0x263A)  # expect: ☺
print("%c" % (True + 64))  # expect: A
# %= augmented assignment
msg = "%s has %d"
msg %= ("queue", 4)
print(msg)  # expect: queue has 4
line = "%-6s|"
line %= "ab"
print(line)  # expect: ab    |
n = 17
n %= 5
print(n)  # expect: 2
# typical lines from threading examples
def worker(name):
    print("Thread %s: starting" % name)
    print("Thread %s: finishing" % name)
worker("Thread-1")  # expect: Thread Thread-1: starting
# expect: Thread Thread-1: finishing
worker("Thread-2")  # expect: Thread Thread-2: starting
# expect: Thread Thread-2: finishing
pct = 45.678
print("%5.2f%%" % pct)  # expect: 45.68%
print("progress: %3d%%" % 7)  # expect: progress:   7%
a, b = "worker", 12
print("%-10s|%5d" % (a, b))  # expect: worker    |   12
results = {"sum": 1000, "avg": 33.333333}
print("sum=%(sum)d avg=%(avg).3f" % results)  # expect: sum=1000 avg=33.333
print("%s: %.1f s" % ("elapsed", 0.25))  # expect: elapsed: 0.2 s
print("%d + %d = %d" % (2, 3, 2 + 3))  # expect: 2 + 3 = 5
print("%s" % "%s" % "nested")  # expect: nested
width = 8
print(("%" + str(width) + "s|") % "built")  # expect:    built|
parts = ["%02d" % i for i in range(3)]
print(":".join(parts))  # expect: 00:01:02
print("%06.2f" % 3.14159)  # expect: 003.14
print("%x:%x" % (3735928559, 48879))  # expect: deadbeef:beef
