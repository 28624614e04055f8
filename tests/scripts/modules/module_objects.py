# Modules are values with attributes; importing twice gives the same module.
import sys
import time

s = sys


def inner_import():
    import sys
    return sys


print(inner_import() is s)  # expect: True
print(type(sys))  # expect: <class 'module'>
print(s.getrecursionlimit())  # expect: 1000
f = time.perf_counter
print(type(f()))  # expect: <class 'float'>
try:
    time.not_there
except AttributeError as e:
    print(e)  # expect: module 'time' has no attribute 'not_there'
