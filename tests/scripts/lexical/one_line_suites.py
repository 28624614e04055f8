# A block body may sit on the same line as its header, and simple statements
# may be separated by semicolons.
x = 5
if x > 3: print("big")  # expect: big
if x > 10: print("huge")
else: print("not huge")  # expect: not huge
a = 1; b = 2; print(a + b)  # expect: 3
i = 0
while i < 3: i = i + 1
print(i)  # expect: 3
for c in "ab": print(c)
# expect: a
# expect: b
def sq(n): return n * n
print(sq(7))  # expect: 49
try: print(1 / 0)
except ZeroDivisionError: print("caught")  # expect: caught
