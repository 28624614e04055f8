# sys facts a teaching script prints: version_info, version, platform, maxsize, implementation, recursion limit, argv, streams.
import sys

vi = sys.version_info
print(vi >= (3, 8), vi.major, vi[0])  # expect: True 3 3
print(vi.major == vi[0] and vi.minor == vi[1])  # expect: True
print(len(vi), type(vi.minor).__name__, type(vi.releaselevel).__name__)  # expect: 5 int str
print(vi[:1])  # expect: (3,)
print(sys.version.startswith("3."), type(sys.version).__name__)  # expect: True str
print(str(vi.major) + "." + str(vi.minor) in sys.version)  # expect: True
print(type(sys.platform).__name__, len(sys.platform) > 0)  # expect: str True

# maxsize is the largest index: 2**63 - 1 on 64-bit machines.
print(sys.maxsize == 2**63 - 1)  # expect: True
print(sys.maxsize)  # expect: 9223372036854775807
print(sys.maxsize + 1)  # expect: 9223372036854775808

print(type(sys.implementation.name).__name__)  # expect: str
print(sys.implementation.name == sys.implementation.name.lower())  # expect: True

# The recursion limit can be read and changed.
print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())  # expect: 2000
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError recursion limit must be greater or equal than 1

# argv[0] is the script path.
print(sys.argv[0].endswith("sys_info.py"), len(sys.argv))  # expect: True 1

# Switch interval (GIL hand-over period).
print(sys.getswitchinterval())  # expect: 0.005
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())  # expect: 0.001

# Writing to the standard streams directly.
n = sys.stdout.write("written directly\n")  # expect: written directly
print(n)  # expect: 17
print("to stderr", file=sys.stderr)
# expect-stderr: to stderr
sys.stderr.write("also stderr\n")
# expect-stderr: also stderr
sys.stdout.flush()

# sys.exit with a message prints it to stderr and exits with status 1.
try:
    sys.exit(4)
except SystemExit as e:
    print(type(e).__name__, e.code)  # expect: SystemExit 4
sys.exit("fatal: stopping here")
# expect-stderr: fatal: stopping here
# expect-exit: 1
