# `from m import *` binds the module's public names (its `__all__`, else
# the names not starting with `_`) as globals of the importing module.
from math import *
from threading import *
from collections import *

print(sqrt(16), floor(2.5), pi > 3)
# expect: 4.0 2 True

lock = Lock()
with lock:
    print("held", lock.locked())
# expect: held True
print(Condition.__name__, type(lock))
# expect: Condition <class '_thread.lock'>

print(deque([1, 2]), Counter("aab").most_common(1))
# expect: deque([1, 2]) [('a', 2)]


def uses_star_names():
    return factorial(5), isnan(nan)


print(uses_star_names())
# expect: (120, True)

# A name defined after the import replaces the imported one, as any later
# assignment does.
from math import *


def sqrt(x):
    return "mine"


print(sqrt(4))
# expect: mine
