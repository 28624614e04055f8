def divide(a, b):
    return a / b


def ratio(xs):
    return divide(sum(xs), len(xs))


print(ratio([]))
