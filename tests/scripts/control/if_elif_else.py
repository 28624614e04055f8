# if / elif / else chains, nesting, and pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 3, 42]:
    print(n, classify(n))
# expect: -5 negative
# expect: 0 zero
# expect: 3 small
# expect: 42 large
x = 7
if x > 5:
    if x % 2 == 0:
        print("big even")
    else:
        print("big odd")  # expect: big odd
if x:
    pass
else:
    print("never")
if not x:
    print("never")
elif x == 7:
    print("seven")  # expect: seven
if x == 1:
    print("one")
print("end")  # expect: end
