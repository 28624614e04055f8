# `from M import a, b` binds module attributes as plain names.
# args: 10 20
from sys import argv, getrecursionlimit
from time import sleep
import sys

print(argv[1:])  # expect: ['10', '20']
print(argv is sys.argv)  # expect: True
print(getrecursionlimit())  # expect: 1000
print(int(argv[1]) + int(argv[2]))  # expect: 30
print(sleep(0))  # expect: None
