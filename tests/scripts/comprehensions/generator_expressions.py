# Generator expressions: lazy, single pass, consumed by the builtins that
# take iterables; `f(x for x in xs)` needs no extra parentheses.
print(sum(x for x in range(100) if x % 3 == 0))
# expect: 1683
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
# expect: True False
print(sorted((x % 3, x) for x in range(6)))
# expect: [(0, 0), (0, 3), (1, 1), (1, 4), (2, 2), (2, 5)]
print(dict((k, v) for k, v in zip("ab", [1, 2])))
# expect: {'a': 1, 'b': 2}
print(max(len(w) for w in ["a", "bbb", "cc"]), min(-x for x in [3, 1, 2]))
# expect: 3 -3
print("-".join(str(i) for i in range(4)))
# expect: 0-1-2-3
print(list(x * y for x in range(3) for y in range(3) if x != y))
# expect: [0, 0, 0, 2, 0, 2]
print(tuple(c.upper() for c in "abc"))
# expect: ('A', 'B', 'C')
g = (x * 2 for x in range(3))
print(type(g).__name__, g.__name__)
# expect: generator <genexpr>
print(next(g), list(g), list(g))
# expect: 0 [2, 4] []
print(next((x for x in []), "empty"))
# expect: empty

def trace(items):
    for i in items:
        print("pull", i)
        yield i
squares = (x * x for x in trace([1, 2, 3]))
print("nothing pulled yet")
# expect: nothing pulled yet
print(next(squares))
# expect: pull 1
# expect: 1
print(list(squares))
# expect: pull 2
# expect: pull 3
# expect: [4, 9]

try:
    (1 / x for x in [0])
    print("not evaluated yet")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# expect: not evaluated yet
# expect: ZeroDivisionError division by zero
try:
    list(x for x in 5)
except TypeError as e:
    print(e)
# expect: 'int' object is not iterable
try:
    gen = (x for x in undefined_name)
except NameError as e:
    print(e)
# expect: name 'undefined_name' is not defined
evens = (n for n in range(10) if n % 2 == 0)
print(3 in evens, list(evens))
# expect: False []
nested = sum(sum(j for j in range(i)) for i in range(5))
print(nested)
# expect: 10
