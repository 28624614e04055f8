# `with (a, b):` enters both locks, left to right, as Python 3.9+ reads
# it (not one tuple), and leaves them in reverse order.
import threading

a = threading.Lock()
b = threading.Lock()
with (a, b):
    print(a.locked(), b.locked())
# expect: True True
print(a.locked(), b.locked())
# expect: False False
with (a,):
    print(a.locked())
# expect: True
with (b):
    print(b.locked())
# expect: True
order = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        order.append("enter " + self.name)

    def __exit__(self, *exc):
        order.append("exit " + self.name)


with (Noisy("x"), Noisy("y")):
    order.append("body")
print(order)
# expect: ['enter x', 'enter y', 'body', 'exit y', 'exit x']

# The parenthesized form names what each manager's __enter__ returns.
r = threading.RLock()
with (a as first, r as second):
    print(first, second, a.locked())
# expect: True True True
with (a as only):
    print("one", only)
# expect: one True
with (a as held, b,):
    print("mixed", held, b.locked())
# expect: mixed True True


class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *exc):
        return False


with (Pair() as (x, y), Pair() as whole):
    print(x, y, whole)
# expect: 1 2 (1, 2)
