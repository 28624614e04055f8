# printf width/precision from the tuple via `*`, and flags on %s/%r/%a.
print("[%*d]" % (5, 42))  # expect: [   42]
print("[%-*d]" % (5, 42))  # expect: [42   ]
print("[%*d]" % (-5, 42))  # expect: [42   ]
print("[%.*f]" % (2, 3.14159))  # expect: [3.14]
print("[%*.*f]" % (10, 3, 3.14159))  # expect: [     3.142]
print("[%-*.*f]" % (10, 1, 2.25))  # expect: [2.2       ]
print("[%*s|%-*s]" % (6, "ab", 6, "cd"))  # expect: [    ab|cd    ]
print("[%.*s]" % (3, "abcdef"))  # expect: [abc]
print("[%*.*s]" % (8, 2, "abcdef"))  # expect: [      ab]
print("[%0*d]" % (6, -12))  # expect: [-00012]
print("[%*d]" % (0, 7))  # expect: [7]
print("[%*s]" % (True, "x"))  # expect: [x]
w = 4
for n in [1, 22, 333]:
    print("|%*d|" % (w, n))  # expect: |   1|
    # expect: |  22|
    # expect: | 333|
# flags on strings: only `-` and width/precision matter
print("[%10s]" % "right")  # expect: [     right]
print("[%-10s]" % "left")  # expect: [left      ]
print("[%.2s]" % "truncate")  # expect: [tr]
print("[%5.1s]" % "xyz")  # expect: [    x]
print("[%010s]" % "zero")  # expect: [      zero]
print("[%+s]" % "plus")  # expect: [plus]
print("[%8r]" % "q")  # expect: [     'q']
print("[%-8r]" % 12)  # expect: [12      ]
print("[%.3r]" % "abcdef")  # expect: ['ab]
print("[%a]" % "caf\u00e9")  # expect: ['caf\xe9']
print("[%r]" % "caf\u00e9")  # expect: ['café']
print("[%s]" % "caf\u00e9")  # expect: [café]
print("[%5a]" % 1.5)  # expect: [  1.5]
print("[%3s]" % "longer than width")  # expect: [longer than width]
print("[%.0s]" % "gone")  # expect: []
print("[%s]" % "")  # expect: []
print("[%5s]" % "")  # expect: [     ]
# * must be an int
try:
    print("%*d" % ("5", 1))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError * wants int
try:
    print("%.*f" % (2.0, 1.0))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError * wants int
try:
    print("%*d" % (5,))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError not enough arguments for format string
# column tables as in teaching scripts
rows = [("alice", 3, 91.5), ("bob", 12, 7.25), ("christina", 100, 100.0)]
print("%-10s|%5s|%8s" % ("name", "n", "score"))  # expect: name      |    n|   score
for name, n, score in rows:
    print("%-10s|%5d|%8.2f" % (name, n, score))  # expect: alice     |    3|   91.50
    # expect: bob       |   12|    7.25
    # expect: christina |  100|  100.00
