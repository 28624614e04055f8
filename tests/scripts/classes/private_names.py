# Private names: inside a class, `__x` means `_ClassName__x`, so a
# subclass's private attribute never clashes with its base's.
class Account:
    __rate = 2

    def __init__(self, balance, __bonus=0):
        self.__balance = balance + __bonus
        self.__note__ = "dunder names are not mangled"

    def __secret(self):
        return self.__balance * Account.__rate

    def report(self):
        return self.__secret(), [self.__balance for _ in range(2)]

    def kwargs(self, **kw):
        return kw

    def call_kwargs(self):
        # Keyword names at a call are left as written.
        return self.kwargs(__k=1)

    def typed(self, __q: int):
        return __q

    __limit: int = 100


class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = -1   # Savings's own, not Account's


a = Account(10, 5)
print(a.report())
# expect: (30, [15, 15])
print(sorted(k for k in vars(a)))
# expect: ['_Account__balance', '__note__']
print(a._Account__balance, Account._Account__rate, Account._Account__limit)
# expect: 15 2 100
print(a.call_kwargs(), Account.typed.__annotations__, Account.__annotations__)
# expect: {'__k': 1} {'_Account__q': <class 'int'>} {'_Account__limit': <class 'int'>}
s = Savings(7)
print(sorted(vars(s).items()))
# expect: [('_Account__balance', 7), ('_Savings__balance', -1), ('__note__', 'dunder names are not mangled')]
print(s.report())
# expect: (14, [7, 7])
try:
    a.__secret()
except AttributeError as e:
    print(e)
# expect: 'Account' object has no attribute '__secret'


def module_level():
    __plain = 1   # outside a class nothing is mangled
    return __plain


print(module_level())
# expect: 1


class _Leading:
    __x = 1          # leading underscores of the class name are dropped


class ___:
    __y = 2          # a name of underscores only mangles nothing


print('_Leading__x' in vars(_Leading), '__y' in vars(___))
# expect: True True


class Outer:
    class __Inner:
        __z = 3

    def inner(self):
        return self.__Inner


print(Outer().inner().__name__, '_Inner__z' in vars(Outer._Outer__Inner))
# expect: __Inner True


class Globals:
    def set(self):
        global __counter
        __counter = 5
        return __counter

    def lam(self):
        f = lambda __a: __a + 1
        return f(1), f(__a=2) if False else f(2)


print(Globals().set(), _Globals__counter, Globals().lam())
# expect: 5 5 (2, 3)
print(Account._Account__secret.__name__, Account._Account__secret.__qualname__)
# expect: __secret Account.__secret
