# Counter factories: nonlocal rebinding, independent counters, and reading before writing.
def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count

    return incr


c1 = make_counter()
c2 = make_counter(10, 5)
print(c1(), c1(), c1())  # expect: 1 2 3
print(c2(), c2())  # expect: 15 20
print(c1())  # expect: 4


def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance = balance + n
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance

    def get():
        return balance

    return deposit, withdraw, get


dep, wd, get = make_account(100)
print(dep(50))  # expect: 150
print(wd(30))  # expect: 120
print(wd(500))  # expect: insufficient
print(get())  # expect: 120


# nonlocal writes are seen by the enclosing function after the call.
def outer():
    x = "before"

    def change():
        nonlocal x
        x = "after"

    print(x)
    change()
    print(x)


outer()
# expect: before
# expect: after


# Without nonlocal, assignment makes a new local: the outer value is untouched.
def shadow():
    x = 1

    def inner():
        x = 2
        return x

    r = inner()
    return r, x


print(shadow())  # expect: (2, 1)


# Augmented assignment without nonlocal reads an unbound local.
def broken():
    n = 0

    def inc():
        n += 1
        return n

    return inc


try:
    broken()()
except UnboundLocalError as e:
    print(type(e).__name__, e)  # expect: UnboundLocalError cannot access local variable 'n' where it is not associated with a value
print(issubclass(UnboundLocalError, NameError))  # expect: True


# A nonlocal counter that accumulates a list of values.
def recorder():
    items = []
    total = 0

    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return len(items), total

    return add


rec = recorder()
for v in [3, 4, 5]:
    print(rec(v))
# expect: (1, 3)
# expect: (2, 7)
# expect: (3, 12)
