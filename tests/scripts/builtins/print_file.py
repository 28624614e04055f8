# print(file=, flush=): to sys.stdout, sys.stderr, or any object with a
# write method (called piece by piece, as CPython calls it).
import sys

print("to stdout", file=sys.stdout)  # expect: to stdout
print("to stderr", 1, 2, sep="-", file=sys.stderr)
print("flushed", flush=True)  # expect: flushed
print("err flushed", end="!\n", file=sys.stderr, flush=True)
print("default file", file=None)  # expect: default file
print(sys.stdout.write("written\n"))
# expect: written
# expect: 8
print(sys.stderr.write("raw stderr\n"))  # expect: 11
sys.stdout.flush()
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding)  # expect: <stdout> <stderr> utf-8
print(sys.stdout is sys.stdout, sys.stdout is sys.stderr)  # expect: True False


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


box = Collect()
print("a", 1, [2], sep=", ", end=".", file=box, flush=True)
print(file=box)
print(box.parts)  # expect: ['a', ', ', '1', ', ', '[2]', '.', '<flush>', '\n']


class WriteOnly:
    def write(self, text):
        pass


for bad in [lambda: print("x", file=42),
            lambda: print("x", file=WriteOnly(), flush=True),
            lambda: sys.stdout.write(3),
            lambda: print("x", sep=1)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: AttributeError: 'int' object has no attribute 'write'
# expect: AttributeError: 'WriteOnly' object has no attribute 'flush'
# expect: TypeError: write() argument must be str, not int
# expect: TypeError: sep must be None or a string, not int
# expect-stderr: to stderr-1-2
# expect-stderr: err flushed!
# expect-stderr: raw stderr
