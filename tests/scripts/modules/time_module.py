# The time module: sleep, time, perf_counter, monotonic (values are not printed).
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0), type(p0), type(m0))  # expect: <class 'float'> <class 'float'> <class 'float'>
print(time.sleep(0.01))  # expect: None
p1 = time.perf_counter()
m1 = time.monotonic()
print(p1 - p0 >= 0.005, m1 >= m0)  # expect: True True
print(t0 > 1600000000)  # expect: True
time.sleep(0)
print("done")  # expect: done
