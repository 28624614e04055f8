# += on a list extends it in place (aliases see it); + builds a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)  # expect: [1, 2, 3] [1, 2, 3] True
a = a + [4]
print(a, b, a is b)  # expect: [1, 2, 3, 4] [1, 2, 3] False
c = [1]
c += "xy"
print(c)  # expect: [1, 'x', 'y']
c += (2, 3)
print(c)  # expect: [1, 'x', 'y', 2, 3]
try:
    c = c + "z"
except TypeError as e:
    print(e)  # expect: can only concatenate list (not "str") to list
t = (1,)
u = t
t += (2,)
print(t, u)  # expect: (1, 2) (1,)
