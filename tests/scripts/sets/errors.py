# CPython's errors for sets, word for word.
def attempt(f):
    try:
        print("ok", f())
    except (TypeError, KeyError, AttributeError, RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: {1}.remove(3))  # expect: KeyError: 3
attempt(lambda: {1}.remove((1, 2)))  # expect: KeyError: (1, 2)
attempt(lambda: {1}.remove({1}))  # expect: KeyError: {1}
attempt(lambda: set().pop())  # expect: KeyError: 'pop from an empty set'
attempt(lambda: {[1]})  # expect: TypeError: unhashable type: 'list'
attempt(lambda: {1, [2]})  # expect: TypeError: unhashable type: 'list'
attempt(lambda: set([[1]]))  # expect: TypeError: unhashable type: 'list'
attempt(lambda: {1}.add({2}))  # expect: TypeError: unhashable type: 'set'
attempt(lambda: hash({1}))  # expect: TypeError: unhashable type: 'set'
attempt(lambda: {{1}: 2})  # expect: TypeError: unhashable type: 'set'
attempt(lambda: [1] in {1})  # expect: TypeError: unhashable type: 'list'
attempt(lambda: {1}.discard([1]))  # expect: TypeError: unhashable type: 'list'
attempt(lambda: {1} | [1])  # expect: TypeError: unsupported operand type(s) for |: 'set' and 'list'
attempt(lambda: [1] | {1})  # expect: TypeError: unsupported operand type(s) for |: 'list' and 'set'
attempt(lambda: {1} & 3)  # expect: TypeError: unsupported operand type(s) for &: 'set' and 'int'
attempt(lambda: {1} - (1,))  # expect: TypeError: unsupported operand type(s) for -: 'set' and 'tuple'
attempt(lambda: {1} ^ "a")  # expect: TypeError: unsupported operand type(s) for ^: 'set' and 'str'
attempt(lambda: {1} + {2})  # expect: TypeError: unsupported operand type(s) for +: 'set' and 'set'
attempt(lambda: {1} * 2)  # expect: TypeError: unsupported operand type(s) for *: 'set' and 'int'
attempt(lambda: -{1})  # expect: TypeError: bad operand type for unary -: 'set'
attempt(lambda: {1} < [1])  # expect: TypeError: '<' not supported between instances of 'set' and 'list'
attempt(lambda: {1} >= 1)  # expect: TypeError: '>=' not supported between instances of 'set' and 'int'
attempt(lambda: {1} - {1: 2})  # expect: TypeError: unsupported operand type(s) for -: 'set' and 'dict'
one = {1}
attempt(lambda: one[0])  # expect: TypeError: 'set' object is not subscriptable
attempt(lambda: frozenset({1}).add(2))  # expect: AttributeError: 'frozenset' object has no attribute 'add'
attempt(lambda: {1}.x)  # expect: AttributeError: 'set' object has no attribute 'x'
attempt(lambda: set(1))  # expect: TypeError: 'int' object is not iterable
attempt(lambda: set(1, 2))  # expect: TypeError: set expected at most 1 argument, got 2
attempt(lambda: frozenset([], []))  # expect: TypeError: frozenset expected at most 1 argument, got 2
attempt(lambda: set(x=1))  # expect: TypeError: set() takes no keyword arguments
attempt(lambda: frozenset(x=1))  # expect: TypeError: frozenset() takes no keyword arguments
attempt(lambda: {1}.add())  # expect: TypeError: set.add() takes exactly one argument (0 given)
attempt(lambda: {1}.add(1, 2))  # expect: TypeError: set.add() takes exactly one argument (2 given)
attempt(lambda: {1}.pop(1))  # expect: TypeError: set.pop() takes no arguments (1 given)
attempt(lambda: {1}.copy(1))  # expect: TypeError: set.copy() takes no arguments (1 given)
attempt(lambda: {1}.issubset())  # expect: TypeError: set.issubset() takes exactly one argument (0 given)
attempt(lambda: {1}.symmetric_difference(1, 2))
# expect: TypeError: set.symmetric_difference() takes exactly one argument (2 given)
attempt(lambda: {1}.union(1))  # expect: TypeError: 'int' object is not iterable
attempt(lambda: {1}.update([1], 3))  # expect: TypeError: 'int' object is not iterable
attempt(lambda: {1}.union(x=1))  # expect: TypeError: set.union() takes no keyword arguments
attempt(lambda: {1}.add(x=1))  # expect: TypeError: set.add() takes no keyword arguments
attempt(lambda: frozenset({1}).union(x=1))  # expect: TypeError: frozenset.union() takes no keyword arguments
attempt(lambda: set.add())  # expect: TypeError: unbound method set.add() needs an argument
attempt(lambda: set.add(1, 2))
# expect: TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'int' object
attempt(lambda: set.add(frozenset(), 2))
# expect: TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
attempt(lambda: set.union(frozenset(), {1}))
# expect: TypeError: descriptor 'union' for 'set' objects doesn't apply to a 'frozenset' object
attempt(lambda: frozenset.union({2}, {1}))
# expect: TypeError: descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object
attempt(lambda: frozenset.copy({1}))
# expect: TypeError: descriptor 'copy' for 'frozenset' objects doesn't apply to a 'set' object
attempt(lambda: {*1})  # expect: TypeError: 'int' object is not iterable
attempt(lambda: {1, *None})  # expect: TypeError: 'NoneType' object is not iterable
attempt(lambda: {1}.intersection(5))  # expect: TypeError: 'int' object is not iterable
attempt(lambda: {1}.issuperset([[1]]))  # expect: TypeError: unhashable type: 'list'
attempt(lambda: {1}.isdisjoint([[1]]))  # expect: TypeError: unhashable type: 'list'
attempt(lambda: {1}.difference_update([[1]]))  # expect: TypeError: unhashable type: 'list'
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)  # expect: Set changed size during iteration
print(s)  # expect: {11, 1, 2, 3}
it = iter({1, 2})
s2 = {1, 2}
it = iter(s2)
print(next(it))  # expect: 1
s2.discard(1)
attempt(lambda: next(it))  # expect: RuntimeError: Set changed size during iteration
s2.add(5)
attempt(lambda: next(it))  # expect: RuntimeError: Set changed size during iteration
s3 = {1, 2, 3}
try:
    for x in s3:
        s3.discard(x)
        s3.add(x + 100)
    print("no error", len(s3))  # expect: no error 3
except RuntimeError as e:
    print(e)
partial = {0}
try:
    partial.update([1, 2, [3], 4])
except TypeError as e:
    print(e, partial)  # expect: unhashable type: 'list' {0, 1, 2}
