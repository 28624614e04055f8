# Stacked decorators apply bottom-up and run top-down; decorators on methods and staticmethods.
order = []


def deco(name):
    def decorator(fn):
        order.append("decorate " + name)

        def wrapper(*args):
            order.append("enter " + name)
            r = fn(*args)
            order.append("exit " + name)
            return r
        return wrapper
    return decorator


@deco("outer")
@deco("middle")
@deco("inner")
def work():
    order.append("work")
    return "result"


print(order)  # expect: ['decorate inner', 'decorate middle', 'decorate outer']
order.clear()
print(work())  # expect: result
for step in order:
    print(step)
# expect: enter outer
# expect: enter middle
# expect: enter inner
# expect: work
# expect: exit inner
# expect: exit middle
# expect: exit outer


def bold(fn):
    def w():
        return "<b>" + fn() + "</b>"
    return w


def italic(fn):
    def w():
        return "<i>" + fn() + "</i>"
    return w


@bold
@italic
def text():
    return "hi"


@italic
@bold
def text2():
    return "hi"


print(text(), text2())  # expect: <b><i>hi</i></b> <i><b>hi</b></i>


# Decorating methods: the wrapper receives self as its first argument.
def logged(fn):
    def wrapper(self, *args):
        print("->", type(self).__name__ + "." + fn.__name__, args)
        return fn(self, *args)
    return wrapper


class Account:
    def __init__(self, balance):
        self.balance = balance

    @logged
    def deposit(self, n):
        self.balance += n
        return self.balance

    @logged
    def show(self):
        return self.balance


acct = Account(10)
print(acct.deposit(5))
# expect: -> Account.deposit (5,)
# expect: 15
print(acct.show())
# expect: -> Account.show ()
# expect: 15


# A decorator stacked with @staticmethod and @classmethod (applied to the plain function first).
def twice(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper


class Calc:
    factor = 10

    @staticmethod
    @twice
    def add(a, b):
        return a + b

    @classmethod
    @twice
    def scaled(cls, v):
        return v * cls.factor

    @property
    @twice
    def prop(self):
        return "p"


print(Calc.add(1, 2), Calc().add(3, 4))  # expect: 6 14
print(Calc.scaled(2))  # expect: 40
print(Calc().prop)  # expect: pp


# A class-based decorator (an object with __call__).
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


@CountCalls
def square(n):
    return n * n


print(square(3), square(4), square.count)  # expect: 9 16 2
print(type(square).__name__)  # expect: CountCalls
