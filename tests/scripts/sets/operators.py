# The set operators, their in-place forms and comparisons, with CPython's
# result kinds: a frozenset on the left makes a frozenset.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
f = frozenset({4, 6, 8})
print(a | b, a & b, a - b, b - a, a ^ b)  # expect: {1, 2, 3, 4, 5, 6} {3, 4} {1, 2} {5, 6} {1, 2, 5, 6}
print(a | f, f | a, a & f, f & a, f - a, a ^ f, f ^ a)
# expect: {1, 2, 3, 4, 6, 8} frozenset({1, 2, 3, 4, 6, 8}) {4} frozenset({4}) frozenset({8, 6}) {1, 2, 3, 6, 8} frozenset({1, 2, 3, 6, 8})
print(type(a | f).__name__, type(f | a).__name__, type(f & a).__name__)  # expect: set frozenset frozenset
print(a | set(), set() | a, a & set(), a - a, a ^ a)  # expect: {1, 2, 3, 4} {1, 2, 3, 4} set() set() set()
# The smaller set is walked for &, so equal elements come from it.
print({1, 2, 3} & {1.0}, {1.0} & {1, 2, 3}, {1.0} & {True})  # expect: {1.0} {1.0} {True}
print({1} | {1.0}, {1.0} | {1}, {True} - {1}, {0} ^ {False, 1})  # expect: {1} {1.0} set() {1}
# In place: the same set object changes.
s = {1, 2}
before = id(s)
s |= {3, 40}
s &= {2, 3, 40, 7}
s -= {3}
s ^= {5, 40}
print(s, id(s) == before)  # expect: {2, 5} True
alias = s
alias |= s
alias -= alias
print(s, alias is s)  # expect: set() True
# A frozenset has no in-place operators: the name gets a new frozenset.
g = frozenset({1})
h = g
g |= {2}
print(g, h, g is h)  # expect: frozenset({1, 2}) frozenset({1}) False
# Comparisons are subset and superset tests.
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1})
# expect: True False True True True
print({1, 2} == {2, 1}, {1} == frozenset({1}), frozenset() == set(), {1} != {2})  # expect: True True True True
print({1, 3} < {1, 2}, {1, 3} > {1, 2}, {1} == [1], {1} != (1,))  # expect: False False False True
print({1, 2} == {1.0, 2.0}, {(1, 2)} == {(1.0, 2)})  # expect: True True
# Membership, length and truth.
print(3 in a, 7 in a, 3 not in a, 3.0 in a, True in {1}, (1, 2) in {(1, 2)})
# expect: True False False True True True
print(len(a), len(set()), bool(set()), bool({0}), not frozenset())  # expect: 4 0 False True True
# A set is looked up in a set as the frozenset of its elements.
print({1, 2} in {frozenset({1, 2})}, frozenset() in {frozenset()})  # expect: True True
if a:
    print("non-empty")  # expect: non-empty
