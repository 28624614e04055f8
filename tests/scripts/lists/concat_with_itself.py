# A list added to itself: both operands are the same object (a lock taken
# twice would hang here).
x = [1, 2]
x = x + x
print(x)
# expect: [1, 2, 1, 2]
x += x
print(len(x))
# expect: 8
t = (1,)
print(t + t)
# expect: (1, 1)
print('ab' * 3, 'é' * 4, '' * 5, 'x' * 0 == '', len('abc' * 100001))
# expect: ababab éééé  True 300003
print([0, 1] * 3)
# expect: [0, 1, 0, 1, 0, 1]
