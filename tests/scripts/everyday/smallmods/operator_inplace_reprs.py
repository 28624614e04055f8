# operator: the in-place functions, countOf/indexOf/concat, the callables' reprs, and sorting with them.
import operator

nums = [1, 2]
same = operator.iadd(nums, [3])
print(same, same is nums)  # expect: [1, 2, 3] True
print(operator.iadd(1, 2), operator.iadd("ab", "c"), operator.iadd((1,), (2,)))  # expect: 3 abc (1, 2)
print(operator.isub(10, 3), operator.imul([0], 3), operator.itruediv(9, 2), operator.ifloordiv(9, 2))  # expect: 7 [0, 0, 0] 4.5 4
print(operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 5), operator.irshift(64, 2))  # expect: 1 27 32 16
print(operator.iand(12, 10), operator.ior(12, 10), operator.ixor(12, 10))  # expect: 8 14 6
s = {1, 2}
print(operator.ior(s, {3}) is s, s)  # expect: True {1, 2, 3}
print(operator.iconcat([1], (2, 3)), operator.concat((1,), (2,)))  # expect: [1, 2, 3] (1, 2)

print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.indexOf("hello", "l"))  # expect: 4 2
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print(e)  # expect: sequence.index(x): x not in sequence
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)  # expect: 'int' object can't be concatenated
try:
    operator.concat([1], (2,))
except TypeError as e:
    print(e)  # expect: can only concatenate list (not "tuple") to list
print(operator.index(7), operator.index(True))  # expect: 7 1
try:
    operator.index(2.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer

d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"))  # expect: {'b': 2} 2
print(operator.call(max, 3, 9, 4), operator.length_hint([1, 2, 3]), operator.length_hint(5, 42))  # expect: 9 3 42

print(operator.itemgetter(1))  # expect: operator.itemgetter(1)
print(operator.itemgetter("a", 0))  # expect: operator.itemgetter('a', 0)
print(operator.attrgetter("name"))  # expect: operator.attrgetter('name')
print(operator.attrgetter("owner.city", "name"))  # expect: operator.attrgetter('owner.city', 'name')
print(operator.methodcaller("split"))  # expect: operator.methodcaller('split')
print(operator.methodcaller("replace", "a", "b"))  # expect: operator.methodcaller('replace', 'a', 'b')
print(operator.methodcaller("sort", key=len, reverse=True))  # expect: operator.methodcaller('sort', key=<built-in function len>, reverse=True)

try:
    operator.itemgetter()
except TypeError as e:
    print(e)  # expect: itemgetter expected 1 argument, got 0
try:
    operator.attrgetter(5)
except TypeError as e:
    print(e)  # expect: attribute name must be a string
try:
    operator.methodcaller(5)
except TypeError as e:
    print(e)  # expect: method name must be a string

rows = [("bob", 3, 7.5), ("ann", 3, 9.0), ("cid", 1, 8.25)]
print(sorted(rows, key=operator.itemgetter(1, 0)))  # expect: [('cid', 1, 8.25), ('ann', 3, 9.0), ('bob', 3, 7.5)]
print(max(rows, key=operator.itemgetter(2)))  # expect: ('ann', 3, 9.0)
print(list(map(operator.itemgetter(0), rows)))  # expect: ['bob', 'ann', 'cid']
words = ["Banana", "apple", "cherry"]
print(sorted(words, key=operator.methodcaller("lower")))  # expect: ['apple', 'Banana', 'cherry']
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2])))  # expect: [4, 10, 18] [-1, 2]
print(list(filter(operator.truth, [0, 1, "", "x"])), list(map(operator.not_, [0, 1])))  # expect: [1, 'x'] [True, False]
print(operator.__add__(2, 3), operator.__lt__(1, 2), operator.__getitem__("abc", -1))  # expect: 5 True c
