# printf with a dict on the right: `%(name)s` keys, mixed with flags, and mapping errors.
d = {"name": "worker-1", "count": 3, "ratio": 0.125}
print("%(name)s did %(count)d jobs" % d)  # expect: worker-1 did 3 jobs
print("%(name)r" % d)  # expect: 'worker-1'
print("[%(count)5d] [%(count)-5d] [%(count)05d]" % d)  # expect: [    3] [3    ] [00003]
print("%(ratio).1f%% done" % d)  # expect: 0.1% done
print("%(ratio)e" % d)  # expect: 1.250000e-01
print("%(name)s %(name)s" % d)  # expect: worker-1 worker-1
print("%(count)x %(count)o" % {"count": 255})  # expect: ff 377
print("%(a)s" % {"a": [1, 2]})  # expect: [1, 2]
print("%(a)s/%(b)s" % {"b": 2, "a": 1})  # expect: 1/2
print("%()s" % {"": "empty key"})  # expect: empty key
print("%(a b)s" % {"a b": "spaced"})  # expect: spaced
print("%(x(y))s" % {"x(y)": "nested parens"})  # expect: nested parens
print("%(k)s" % {"k": None, "unused": 1})  # expect: None
print("no keys" % {"a": 1})  # expect: no keys
print("%%(name)s" % d)  # expect: %(name)s
print("%s" % {"a": 1})  # expect: {'a': 1}
print("%s" % ({"a": 1},))  # expect: {'a': 1}
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % Lookup())  # expect: HELLO WORLD
try:
    print("%(missing)s" % d)
except KeyError as e:
    print(type(e).__name__, e)  # expect: KeyError 'missing'
try:
    print("%(a)s" % (1,))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError format requires a mapping
try:
    print("%(a)s" % 5)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError format requires a mapping
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError not enough arguments for format string
try:
    print("%(a" % {"a": 1})
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError incomplete format key
try:
    print("%(a)*d" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError not enough arguments for format string
try:
    print("%(count)d" % {"count": "3"})
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError %d format: a real number is required, not str
