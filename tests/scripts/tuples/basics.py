# Tuple displays, indexing, slicing, +, *, immutability.
t = (1, 2, 3)
print(t, len(t))  # expect: (1, 2, 3) 3
print((1,), (), ((),))  # expect: (1,) () ((),)
single = 5,
print(single, type(single))  # expect: (5,) <class 'tuple'>
print((5), type((5)))  # expect: 5 <class 'int'>
u = 1, "a", None
print(u)  # expect: (1, 'a', None)
print(t[0], t[-1], t[1:], t[::-1])  # expect: 1 3 (2, 3) (3, 2, 1)
print(t + (4,), t * 2)  # expect: (1, 2, 3, 4) (1, 2, 3, 1, 2, 3)
print(tuple([1, 2]), tuple("ab"), tuple())  # expect: (1, 2) ('a', 'b') ()
print(((1, 2), [3, 4]))  # expect: ((1, 2), [3, 4])
print((1.0, "x", True))  # expect: (1.0, 'x', True)
inner = [1]
tt = (inner, 2)
inner.append(99)
print(tt)  # expect: ([1, 99], 2)
try:
    t[0] = 10
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
t += (4, 5)
print(t)  # expect: (1, 2, 3, 4, 5)
for x in (7, 8):
    print(x)
# expect: 7
# expect: 8
