# Chained comparisons: a < b < c means a < b and b < c, with b evaluated once.
print(1 < 2 < 3)  # expect: True
print(1 < 3 < 2)  # expect: False
print(3 > 2 > 1)  # expect: True
print(1 < 3 > 2)  # expect: True
print(1 == 1 == 1.0)  # expect: True
print(1 < 2 != 3 <= 3 >= 2)  # expect: True
x = 5
print(0 <= x < 10)  # expect: True
print(0 <= x < 5)  # expect: False


def v(n):
    print("eval", n)
    return n


print(v(1) < v(2) < v(3))
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: True
print(v(2) < v(1) < v(3))
# expect: eval 2
# expect: eval 1
# expect: False
print(1 < 2 in [2, 3])  # expect: True
