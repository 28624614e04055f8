# Builtins read their arguments from the borrowed value stack while Python
# code they call back runs on a spare one: locals, temporaries and errors of
# every frame involved must come through intact.
def neg_ord(c):
    return -ord(c)

def by_length(s):
    # A builtin calling back into Python that itself calls a builtin that
    # calls back again.
    return len(sorted(s, key=neg_ord)) * 10 + len(s)

def length_then_text(w):
    return (len(w), w)

def outer(words):
    before = [1, 2, 3]
    ranked = sorted(words, key=by_length)
    after = max(words, key=length_then_text)
    return before, ranked, after, before[2] + len(ranked)

print(outer(["ccc", "a", "bb"]))  # expect: ([1, 2, 3], ['a', 'bb', 'ccc'], 'ccc', 6)

def fails(w):
    if w == "bad":
        raise ValueError("no " + w)
    return len(w)

def caught(words):
    keep = "kept"
    try:
        return sorted(words, key=fails)
    except ValueError as e:
        return keep + " " + str(e)

print(caught(["ok", "bad"]), caught(["x"]))  # expect: kept no bad ['x']

def minus_one_deep(x):
    return deep(x - 1)

def deep(n):
    if n == 0:
        return 0
    return max([n], key=minus_one_deep) + deep(n - 1)

print(deep(6))  # expect: 21
