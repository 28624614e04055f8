# time module functions used in ways whose output does not depend on the clock: types, ranges, gmtime and strftime.
import time

# The nanosecond clocks return ints; the others return floats.
print(type(time.time_ns()).__name__)  # expect: int
print(time.time_ns() > 1_600_000_000 * 10**9)  # expect: True
print(type(time.perf_counter_ns()).__name__, time.perf_counter_ns() >= 0)  # expect: int True
print(type(time.monotonic_ns()).__name__)  # expect: int
print(isinstance(time.process_time(), float), time.process_time() >= 0)  # expect: True True
print(isinstance(time.thread_time(), float), time.thread_time() >= 0)  # expect: True True
print(type(time.process_time_ns()).__name__)  # expect: int

# Monotonic clocks never go backwards.
a = time.monotonic()
b = time.monotonic()
print(b >= a)  # expect: True
a = time.perf_counter_ns()
time.sleep(0.01)
b = time.perf_counter_ns()
print(b - a >= 10_000_000)  # expect: True

# gmtime(0) is the epoch in UTC.
epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday)  # expect: 1970 1 1
print(epoch.tm_hour, epoch.tm_min, epoch.tm_sec)  # expect: 0 0 0
print(epoch.tm_wday, epoch.tm_yday, epoch.tm_isdst)  # expect: 3 1 0
print(time.strftime("%Y", epoch))  # expect: 1970
print(time.strftime("%Y-%m-%d %H:%M:%S", epoch))  # expect: 1970-01-01 00:00:00
print(time.strftime("%H:%M:%S", time.gmtime(3661)))  # expect: 01:01:01
print(time.strftime("%d/%m/%y", time.gmtime(86400 * 365)))  # expect: 01/01/71
print(time.strftime("%A %B %j", time.gmtime(0)))  # expect: Thursday January 001
print(time.strftime("100%% at %M min", time.gmtime(120)))  # expect: 100% at 02 min

# A struct_time is also a 9-item tuple.
t = time.gmtime(1_000_000_000)
print(tuple(t))  # expect: (2001, 9, 9, 1, 46, 40, 6, 252, 0)
print(t[0], len(t))  # expect: 2001 9
print(time.asctime(t))  # expect: Sun Sep  9 01:46:40 2001

# ctime() and localtime() use the local time zone: check only shape and ranges.
print(len(time.ctime()))  # expect: 24
print(len(time.ctime(0)))  # expect: 24
now = time.localtime()
print(0 <= now.tm_hour <= 23, 0 <= now.tm_min <= 59, 1 <= now.tm_mon <= 12)  # expect: True True True
print(now.tm_year >= 2024)  # expect: True
print(len(time.strftime("%H:%M:%S")))  # expect: 8

# Bad arguments.
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError sleep length must be non-negative
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError 'str' object cannot be interpreted as an integer
