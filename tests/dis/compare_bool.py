def check(a, b, c):
    return 0 <= a < b <= c and not (a == c or b is None)


print(check(1, 2, 3))
