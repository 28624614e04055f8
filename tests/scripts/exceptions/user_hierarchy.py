# Exception hierarchies: user classes, built-in bases, except order, tuples of classes.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class ConnError(DbError):
    pass


class UiError(AppError):
    pass


def fail(kind):
    if kind == "db":
        raise DbError("db down")
    if kind == "conn":
        raise ConnError("no route")
    if kind == "ui":
        raise UiError("bad click")
    if kind == "key":
        raise KeyError("missing")
    if kind == "index":
        raise IndexError("out of range")
    if kind == "zero":
        return 1 / 0
    if kind == "overflow":
        raise OverflowError("too big")
    return "ok"


for kind in ["db", "conn", "ui"]:
    try:
        fail(kind)
    except DbError as e:
        print("DbError handler:", type(e).__name__, e)
    except AppError as e:
        print("AppError handler:", type(e).__name__, e)
# expect: DbError handler: DbError db down
# expect: DbError handler: ConnError no route
# expect: AppError handler: UiError bad click

# LookupError catches KeyError and IndexError; ArithmeticError catches ZeroDivisionError.
for kind in ["key", "index", "zero", "overflow", "none"]:
    try:
        print("returned", fail(kind))
    except LookupError as e:
        print("LookupError:", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError:", type(e).__name__, e)
# expect: LookupError: KeyError 'missing'
# expect: LookupError: IndexError out of range
# expect: ArithmeticError: ZeroDivisionError division by zero
# expect: ArithmeticError: OverflowError too big
# expect: returned ok

# except Exception catches user errors; a tuple of classes picks any.
try:
    fail("conn")
except Exception as e:
    print("Exception:", type(e).__name__)  # expect: Exception: ConnError
try:
    fail("ui")
except (KeyError, UiError, DbError) as e:
    print("tuple:", e)  # expect: tuple: bad click

# The first matching clause wins even if a later one is more specific.
try:
    fail("conn")
except AppError:
    print("general first")  # expect: general first
except ConnError:
    print("never")

# issubclass and isinstance with built-in and user exceptions.
print(issubclass(ConnError, AppError), issubclass(AppError, DbError))  # expect: True False
print(issubclass(DbError, Exception), issubclass(DbError, BaseException))  # expect: True True
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))  # expect: True True
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))  # expect: True False
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception))  # expect: True False
print(issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError))  # expect: True True
e = ConnError("x")
print(isinstance(e, DbError), isinstance(e, UiError), isinstance(e, (UiError, AppError)))  # expect: True False True
names = []
for k in ConnError.__mro__:
    names.append(k.__name__)
print(names)  # expect: ['ConnError', 'DbError', 'AppError', 'Exception', 'BaseException', 'object']

# A user subclass of a built-in exception is caught by the built-in's handlers.
class MissingConfig(KeyError):
    pass


try:
    raise MissingConfig("path")
except LookupError as e:
    print(type(e).__name__, e)  # expect: MissingConfig 'path'

# Unmatched exceptions propagate past handlers to an outer try.
def inner():
    try:
        fail("db")
    except UiError:
        print("not this")


try:
    inner()
except AppError as e:
    print("outer caught", e)  # expect: outer caught db down


# except with a non-exception class is a TypeError when it is checked.
try:
    try:
        fail("db")
    except int:
        pass
except TypeError as e:
    print(e)  # expect: catching classes that do not inherit from BaseException is not allowed
