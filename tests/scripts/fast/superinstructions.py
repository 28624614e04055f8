# The patterns that fast runs fuse (see `gilvm dis --fused`) must mean what
# the plain instructions mean: results, errors and their order.
def lookups(d, k, xs, i):
    print(d[k], xs[i], k in d, k not in d, i in xs)
    d[k] = xs[i]
    xs[i] = d[k] * 2
    print(d, xs)

lookups({"a": 1}, "a", [5, 6], 1)  # expect: 1 6 True False False
# expect: {'a': 6} [5, 12]

def missing(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError " + repr(e.args[0])

print(missing({}, "zz"))  # expect: KeyError 'zz'

def unbound():
    try:
        print(d[k])
    except UnboundLocalError as e:
        print(e)
    d = {}
    k = 1

unbound()  # expect: cannot access local variable 'd' where it is not associated with a value

def compares(a, b):
    n = 0
    if a < b:
        n += 1
    if a == b:
        n += 10
    while a > b:
        a = a - 1
        n += 100
    return n

print(compares(1, 2), compares(2.5, 2), compares(3, 3.0), compares(3, 3))  # expect: 1 100 10 10

def strings(a, b):
    if a < b:
        return "less"
    return "not less"

print(strings("a", "b"), strings("b", "a"))  # expect: less not less

def bad_compare(a, b):
    try:
        if a < b:
            return "less"
    except TypeError as e:
        return str(e)

print(bad_compare(1, "x"))  # expect: '<' not supported between instances of 'int' and 'str'

# A local and a constant: arithmetic, augmented assignment (which extends a
# list in place), and the errors of both.
def with_const(n, xs, s):
    n = n * 3 + 1
    n += 2
    xs += (7,)
    s += "!"
    big = n * 1000000000000
    return n, xs, s, big, n % 7, n - 1.5

print(with_const(2, [1], "hi"))  # expect: (9, [1, 7], 'hi!', 9000000000000, 2, 7.5)

def alias_grows(xs):
    ys = xs
    ys += (8,)
    return xs

print(alias_grows([0]))  # expect: [0, 8]

def const_errors(x):
    try:
        return x + 1
    except TypeError as e:
        return str(e)

print(const_errors("a"))  # expect: can only concatenate str (not "int") to str

def divide(x):
    try:
        return x // 0
    except ZeroDivisionError as e:
        return str(e)

print(divide(5))  # expect: integer division or modulo by zero

# A local compared with a constant or another local, then a branch.
def count_down(n, limit):
    steps = 0
    while n > 0:
        n = n - 1
        steps += 1
    while steps < limit:
        steps += 10
    if n == 0.0:
        steps += 1000
    if "b" >= "a":
        steps += 5000
    return steps

print(count_down(3, 25), count_down(0, 0))  # expect: 6033 6000

def compare_unbound():
    try:
        if later < 1:
            return "no"
    except UnboundLocalError as e:
        return str(e)
    later = 0

print(compare_unbound())  # expect: cannot access local variable 'later' where it is not associated with a value

def compare_error(x):
    try:
        if x < 1:
            return "less"
    except TypeError as e:
        return str(e)

print(compare_error(None))  # expect: '<' not supported between instances of 'NoneType' and 'int'

# Loops over ranges, lists and tuples step a private cursor.
def loops():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    xs = [1, 2]
    for x in xs:
        if x < 4:
            xs.append(x + 2)
        out.append(x)
    for t in ("a", "b"):
        out.append(t)
    for i in range(0):
        out.append("never")
    return out

print(loops())  # expect: [10, 7, 4, 1, 1, 2, 3, 4, 5, 'a', 'b']

# `xs.append(x)` takes a shortcut; every other shape of call must not.
def appends():
    xs = []
    xs.append(1)
    f = xs.append
    f(2)
    ys = xs
    ys.append(ys)
    try:
        xs.append()
    except TypeError as e:
        print(e)
    try:
        xs.append(1, 2)
    except TypeError as e:
        print(e)
    d = {"append": 5}
    print(xs, d.get("append"), [].append(0))

appends()
# expect: list.append() takes exactly one argument (0 given)
# expect: list.append() takes exactly one argument (2 given)
# expect: [1, 2, [...]] 5 None

# A global called with one local: builtins, types, Python functions, and
# the errors of each step, in CPython's order.
def twice(x):
    return x * 2

not_callable = 5

def calls(p, n):
    print(len(p), str(n), twice(n), abs(n), int(p))
    try:
        len(n)
    except TypeError as e:
        print(e)
    try:
        not_callable(p)
    except TypeError as e:
        print(e)
    try:
        missing_name(p)
    except NameError as e:
        print(e)
    try:
        len(later)
    except UnboundLocalError as e:
        print(e)
    later = 1

calls("12", -3)
# expect: 2 -3 -6 3 12
# expect: object of type 'int' has no len()
# expect: 'int' object is not callable
# expect: name 'missing_name' is not defined
# expect: cannot access local variable 'later' where it is not associated with a value

# `and` / `or` in conditions: a jump that keeps its value and lands on a
# branch is threaded into a plain branch, and the comparisons then fuse.
def conditions(xs):
    out = []
    for x in xs:
        if x == 1 or x > 5:
            out.append("a")
        if x != 2 and x < 4:
            out.append("b")
        if x == 3 or x == 4 or len(str(x)) == 2:
            out.append("c")
        if not (x > 0 and x < 3):
            out.append("d")
        if (x == 0 or x == 2) and not x == 2:
            out.append("e")
        value = x == 7 or "none"
        other = x > 1 and "big"
        out.append(str(value) + str(other))
    n = 0
    while n < 3 or n == 4:
        n += 1
    return out, n

print(conditions([0, 1, 2, 3, 4, 7, 12]))
# expect: (['b', 'd', 'e', 'noneFalse', 'a', 'b', 'noneFalse', 'nonebig', 'b', 'c', 'd', 'nonebig', 'c', 'd', 'nonebig', 'a', 'd', 'Truebig', 'a', 'c', 'd', 'nonebig'], 3)

# `xs.append(v)` appends to the local in place; anything but a list takes
# the plain path, with its errors.
def appends(xs, z):
    xs.append(z * 2)
    xs.append(str(z))
    xs.append(xs[0])
    try:
        xs.append(z // 0)
    except ZeroDivisionError:
        print("no append", len(xs))
    return xs

print(appends([1], 3))  # expect: no append 4
# expect: [1, 6, '3', 1]

def grow(l):
    l.append("inner")
    return len(l)

def append_what_a_call_appends(xs):
    xs.append(grow(xs))
    return xs

print(append_what_a_call_appends(["a"]))  # expect: ['a', 'inner', 2]

def append_to_non_list(x):
    try:
        x.append(1)
    except AttributeError as e:
        print(e)

append_to_non_list(5)  # expect: 'int' object has no attribute 'append'
append_to_non_list("ab")  # expect: 'str' object has no attribute 'append'

def append_unbound():
    try:
        ys.append(print("never evaluated"))
    except UnboundLocalError as e:
        print(e)
    ys = []

append_unbound()  # expect: cannot access local variable 'ys' where it is not associated with a value

def appends_in_a_loop(n):
    out = []
    for i in range(n):
        out.append(i * i)
    alias = out
    alias.append(-1)
    return out

print(appends_in_a_loop(4))  # expect: [0, 1, 4, 9, -1]

# `xs[<expr>]` reads xs in place: xs must be bound before <expr> runs.
def subscript_local(keys, i):
    return keys[i % 3], keys[str(i)[0] == "1"], keys[len(keys) - 1]

print(subscript_local(["a", "b", "c"], 4))  # expect: ('b', 'a', 'c')

def subscript_unbound():
    try:
        print(d[str(print("never evaluated"))])
    except UnboundLocalError as e:
        print(e)
    d = {}

subscript_unbound()  # expect: cannot access local variable 'd' where it is not associated with a value

def subscript_errors(xs, d):
    try:
        xs[len(xs)]
    except IndexError as e:
        print(e)
    try:
        d[str(5)]
    except KeyError as e:
        print("KeyError", e)

subscript_errors([1], {})  # expect: list index out of range
# expect: KeyError '5'

# A `for` loop's item goes straight into its variable.
def loops(xs):
    total = 0
    for x in xs:
        total += x
    last = None
    for last in "abc":
        pass
    for k in {"p": 1, "q": 2}:
        total += len(k)
    return total, last, x

print(loops([1, 2, 3]))  # expect: (8, 'c', 3)

def loop_over_changing_dict():
    d = {"a": 1}
    try:
        for k in d:
            d[k + "x"] = 1
    except RuntimeError as e:
        print(e)

loop_over_changing_dict()  # expect: dictionary changed size during iteration

# Arithmetic with a constant on the stack, and on two locals.
def arithmetic(a, b, xs, t):
    r = (a + b) * 2
    xs[0] += 1
    alias = xs
    xs += t
    s = a
    s += b
    return r, alias, xs is alias, s, (a - b) % 7

print(arithmetic(5, 3, [1], [9]))  # expect: (16, [2, 9], True, 8, 2)
print(arithmetic(7, -1, [0], []))  # expect: (12, [1], True, 6, 1)

def concat(a, b):
    s = a
    s += b
    return s + a

print(concat("ab", "c"))  # expect: abcab

def arithmetic_error(a, b):
    try:
        return (a + b) * None
    except TypeError as e:
        print(e)
    try:
        return a + b
    except TypeError as e:
        print(e)

arithmetic_error(1, 2)  # expect: unsupported operand type(s) for *: 'int' and 'NoneType'
arithmetic_error("s", 1)  # expect: can only concatenate str (not "int") to str
# expect: can only concatenate str (not "int") to str

# `if k in d:` branches on the membership test without a bool.
def membership(k, d, xs):
    out = []
    if k in d:
        out.append("in d")
    if k not in d:
        out.append("not in d")
    if k in xs:
        out.append("in xs")
    else:
        out.append("not in xs")
    n = 0
    while k not in xs:
        xs = xs + [k]
        n += 1
    out.append(n)
    return out

print(membership("a", {"a": 1}, []))  # expect: ['in d', 'not in xs', 1]
print(membership(3, {}, [3]))  # expect: ['not in d', 'in xs', 0]

def membership_error(k, c):
    try:
        if k in c:
            return "yes"
    except TypeError as e:
        return str(e)

print(membership_error(1, 5))  # expect: argument of type 'int' is not iterable
print(membership_error(1, "abc"))  # expect: 'in <string>' requires string as left operand, not int
print(membership_error([], {}))  # expect: unhashable type: 'list'

# An `if` at the end of a loop body jumps straight back to the loop head.
def count_kinds(words):
    short = 0
    long = 0
    for w in words:
        if len(w) < 3:
            short += 1
        else:
            long += 1
    return short, long

print(count_kinds(["a", "abcd", "xy", "word"]))  # expect: (2, 2)
