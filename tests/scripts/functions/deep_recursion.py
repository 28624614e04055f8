# Recursion a few hundred frames deep must work (CPython's limit is 1000).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def sum_to(n, acc):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)


print(depth(900))  # expect: 900
print(sum_to(950, 0))  # expect: 451725
