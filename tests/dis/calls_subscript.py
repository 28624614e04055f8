xs = [3, 1, 2]
counts = {"a": 1}
counts["a"] += 2
xs[0] *= 10
print(sorted(xs, reverse=True), sep=", ", end="\n")
print(xs[1:], counts)
