# The harmless part of os: process ids, cpu_count, separators, getenv/environ lookups with defaults (read-only).
import os

print(type(os.getpid()).__name__, os.getpid() > 0)  # expect: int True
print(type(os.getppid()).__name__, os.getppid() >= 0)  # expect: int True
print(os.getpid() == os.getpid())  # expect: True
print(os.getpid() != os.getppid())  # expect: True

n = os.cpu_count()
print(type(n).__name__, n >= 1)  # expect: int True

print(os.sep, repr(os.linesep))  # expect: / '\n'
print(os.name)  # expect: posix
print(os.curdir, os.pardir, os.pathsep, os.extsep)  # expect: . .. : .
print("a" + os.sep + "b")  # expect: a/b

# getenv: None or the default when unset.
print(os.getenv("NO_SUCH_VAR_XYZ"))  # expect: None
print(os.getenv("NO_SUCH_VAR_XYZ", "default"))  # expect: default
print(os.getenv("NO_SUCH_VAR_XYZ", 42))  # expect: 42
workers = int(os.getenv("NO_SUCH_WORKERS_XYZ", "4"))
print(workers * 2)  # expect: 8

# environ behaves like a dict of str to str.
print(os.environ.get("NO_SUCH_VAR_XYZ"))  # expect: None
print(os.environ.get("NO_SUCH_VAR_XYZ", "fallback"))  # expect: fallback
print("NO_SUCH_VAR_XYZ" in os.environ)  # expect: False
try:
    os.environ["NO_SUCH_VAR_XYZ"]
except KeyError as e:
    print(type(e).__name__, e)  # expect: KeyError 'NO_SUCH_VAR_XYZ'
path = os.environ.get("PATH", "")
print(type(path).__name__)  # expect: str
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))  # expect: True

# A common idiom: size a worker pool from cpu_count with a fallback.
pool_size = min(4, os.cpu_count() or 1)
print(1 <= pool_size <= 4)  # expect: True
