# List displays, indexing, assignment, len, +, *, iteration.
a = [10, 20, 30]
print(a, len(a))  # expect: [10, 20, 30] 3
print(a[0], a[-1], a[-3])  # expect: 10 30 10
a[1] = 99
print(a)  # expect: [10, 99, 30]
a[-1] = "x"
print(a)  # expect: [10, 99, 'x']
print([] , [[]], [1, [2, [3]]])  # expect: [] [[]] [1, [2, [3]]]
print([1, 2] + [3])  # expect: [1, 2, 3]
print([0] * 3, 2 * ["a"], [1] * 0)  # expect: [0, 0, 0] ['a', 'a'] []
print([1.0, 2.5, -0.0])  # expect: [1.0, 2.5, -0.0]
print([None, True, "s"])  # expect: [None, True, 's']
total = 0
for v in [1, 2, 3, 4]:
    total += v
print(total)  # expect: 10
b = [1, 2, 3,]
print(b)  # expect: [1, 2, 3]
print(list("hi"), list(range(3)), list((1, 2)))  # expect: ['h', 'i'] [0, 1, 2] [1, 2]
print(list({"a": 1, "b": 2}))  # expect: ['a', 'b']
print(list())  # expect: []
print(type([]))  # expect: <class 'list'>
