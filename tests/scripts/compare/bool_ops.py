# `and` / `or` short-circuit and return one of their operands.
print(1 and 2)  # expect: 2
print(0 and 2)  # expect: 0
print(1 or 2)  # expect: 1
print(0 or 2)  # expect: 2
print("" or "default")  # expect: default
print([] and "never")  # expect: []
print(None or 0)  # expect: 0
print(0 or None)  # expect: None
print("a" and "b" and "c")  # expect: c
print(0 or "" or [])  # expect: []
print(1 and 0 or 5)  # expect: 5


def loud(v):
    print("called", v)
    return v


r = loud(0) and loud(1)
# expect: called 0
print(r)  # expect: 0
r = loud(2) or loud(3)
# expect: called 2
print(r)  # expect: 2
r = loud(0) or loud(4)
# expect: called 0
# expect: called 4
print(r)  # expect: 4
print(not (1 and 0))  # expect: True
