# Python evaluates left to right: operands, call arguments, display items,
# dict keys before their values; in `target = value` the value comes first.
def v(tag, result):
    print("eval", tag)
    return result


def three(a, b, c):
    return a + b + c


print(v("left", 1) + v("right", 2))
# expect: eval left
# expect: eval right
# expect: 3
print(three(v("a", 1), v("b", 2), c=v("c", 3)))
# expect: eval a
# expect: eval b
# expect: eval c
# expect: 6
items = [v("x", 1), v("y", 2)]
# expect: eval x
# expect: eval y
d = {v("k1", "a"): v("v1", 1), v("k2", "b"): v("v2", 2)}
# expect: eval k1
# expect: eval v1
# expect: eval k2
# expect: eval v2
items[v("index", 0)] = v("value", 10)
# expect: eval value
# expect: eval index
print(items, d)  # expect: [10, 2] {'a': 1, 'b': 2}
d[v("key", "a")] += v("increment", 5)
# expect: eval key
# expect: eval increment
print(d["a"])  # expect: 6
x = v("cond", True) and v("rhs", 0) or v("fallback", 9)
# expect: eval cond
# expect: eval rhs
# expect: eval fallback
print(x)  # expect: 9
print(f"{v('f1', 1)}-{v('f2', 2)}")
# expect: eval f1
# expect: eval f2
# expect: 1-2
