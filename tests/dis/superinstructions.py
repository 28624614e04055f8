# Every superinstruction pattern, once each.
def count(words, seen):
    n = 0
    for w in words:
        if w in seen:
            seen[w] = seen[w] + 1
        elif w not in seen:
            seen[w] = 1
        while n < 3:
            n = n + 1
        limit = len(seen)
        if n > limit:
            n -= 1
    return n, seen
