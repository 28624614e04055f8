# raise ... from ..., implicit context, raise ... from None, and __cause__/__context__.
class ParseError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse " + repr(s)) from e


try:
    parse("x1")
except ParseError as e:
    print(e)  # expect: cannot parse 'x1'
    print(type(e.__cause__).__name__, e.__cause__)  # expect: ValueError invalid literal for int() with base 10: 'x1'
    print(e.__context__ is e.__cause__)  # expect: True
    print(e.__suppress_context__)  # expect: True

# Implicit chaining: raising inside an except block sets __context__ only.
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)  # expect: None KeyError False

# raise ... from None hides the context for display but keeps __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)  # expect: None True
    print(type(e.__context__).__name__)  # expect: ZeroDivisionError

# A fresh exception outside any handler has no cause or context.
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)  # expect: None None False

# from with an exception class instantiates it.
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))  # expect: KeyError KeyError()

# from with something that is not an exception.
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(e)  # expect: exception causes must derive from BaseException

# Setting __cause__ by hand.
err = ValueError("manual")
err.__cause__ = KeyError("c")
print(repr(err.__cause__), err.__suppress_context__)  # expect: KeyError('c') True


# Chains can be walked through __cause__.
def level3():
    raise KeyError("deep")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e


def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("top") from e


try:
    level1()
except RuntimeError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur)
        cur = cur.__cause__
# expect: RuntimeError top
# expect: ValueError middle
# expect: KeyError 'deep'

# A bare raise in an except block re-raises the same object (context unchanged).
try:
    try:
        raise ParseError("first")
    except ParseError:
        raise
except ParseError as e:
    print(e, e.__context__)  # expect: first None
