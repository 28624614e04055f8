# a if cond else b
x = 5
print("big" if x > 3 else "small")  # expect: big
print("big" if x > 10 else "small")  # expect: small
y = 1 if x % 2 == 0 else -1
print(y)  # expect: -1
print(0 if [] else "empty list is falsy")  # expect: empty list is falsy
sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
print(sign)  # expect: pos


def loud(v):
    print("eval", v)
    return v


print(loud("a") if True else loud("b"))
# expect: eval a
# expect: a
print(loud(1) if False else loud(2))
# expect: eval 2
# expect: 2
print((1 if x else 2) + 10)  # expect: 11
