# sys.argv holds the script path followed by the command-line arguments.
# args: first 2nd --flag
import sys

print(len(sys.argv))  # expect: 4
print(sys.argv[1:])  # expect: ['first', '2nd', '--flag']
print(sys.argv[0].endswith("sys_argv.py"))  # expect: True
print(type(sys.argv))  # expect: <class 'list'>
total = 0
for a in sys.argv[1:]:
    total += len(a)
print(total)  # expect: 14
