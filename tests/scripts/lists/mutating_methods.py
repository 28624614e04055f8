# append, pop, insert, remove, extend, clear.
a = [1, 2, 3]
a.append(4)
print(a)  # expect: [1, 2, 3, 4]
print(a.append(5))  # expect: None
print(a.pop())  # expect: 5
print(a.pop(0))  # expect: 1
print(a.pop(-2))  # expect: 3
print(a)  # expect: [2, 4]
a.insert(0, "first")
a.insert(1, "second")
a.insert(100, "end")
a.insert(-1, "before end")
print(a)  # expect: ['first', 'second', 2, 4, 'before end', 'end']
a.remove(2)
print(a)  # expect: ['first', 'second', 4, 'before end', 'end']
b = [1, 2, 1, 2]
b.remove(2)
print(b)  # expect: [1, 1, 2]
b.extend([7, 8])
b.extend((9,))
b.extend("ab")
b.extend(range(2))
print(b)  # expect: [1, 1, 2, 7, 8, 9, 'a', 'b', 0, 1]
b.clear()
print(b, len(b))  # expect: [] 0
c = [1, 2]
c.append(c[:])
print(c)  # expect: [1, 2, [1, 2]]
