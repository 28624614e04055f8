# __bool__ and __len__ decide truthiness in if, while, not, and/or and bool().
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


print(bool(Flag(True)), bool(Flag(False)))  # expect: True False
print(bool(Sized(0)), bool(Sized(3)))  # expect: False True
print(bool(Plain()))  # expect: True
print(not Flag(False), not Sized(2))  # expect: True False

if Flag(False):
    print("wrong")
else:
    print("flag off")  # expect: flag off
if Sized(1):
    print("sized nonempty")  # expect: sized nonempty

# and/or return the operand itself, not a bool.
x = Sized(0) or "fallback"
print(x)  # expect: fallback
y = Flag(True) and "second"
print(y)  # expect: second
z = Sized(0) and "never"
print(type(z).__name__, z.n)  # expect: Sized 0


# __bool__ wins over __len__ when both exist.
class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Both()), len(Both()))  # expect: False 10


# while loop driven by __len__.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


s = Stack()
for i in range(3):
    s.push(i)
while s:
    print(s.pop())
# expect: 2
# expect: 1
# expect: 0
print(bool(s))  # expect: False


# __bool__ must return a bool (an int is rejected).
class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(e)  # expect: __bool__ should return bool, returned int
try:
    if BadBool():
        pass
except TypeError as e:
    print(e)  # expect: __bool__ should return bool, returned int


# __len__ returning a negative number fails in a truth test too.
try:
    if Sized(-1):
        pass
except ValueError as e:
    print(e)  # expect: __len__() should return >= 0

# Truthiness inherited from a base class.
class SubFlag(Flag):
    pass


print(bool(SubFlag(False)), bool(SubFlag(True)))  # expect: False True

# Counting truthy objects in a list.
objs = [Flag(True), Sized(0), Plain(), Flag(False), Sized(5)]
n = 0
for o in objs:
    if o:
        n += 1
print(n)  # expect: 3
