def pairs(xs, limit):
    return {(a, b): a * b for a in xs for b in xs if a + b < limit}

squares = [n * n for n in range(5)]
total = sum(n for n in squares if n)
