# Messages of NameError, AttributeError and ValueErrors from conversions.
import sys


def attempt(k):
    try:
        if k == 0:
            return undefined_variable
        if k == 1:
            return [].foo
        if k == 2:
            return (5).bar
        if k == 3:
            return "s".nope()
        if k == 4:
            return None.x
        if k == 5:
            return sys.nope
        if k == 6:
            return int("abc")
        if k == 7:
            return int("3.5")
        if k == 8:
            return int("")
        if k == 9:
            return float("1.2.3")
        if k == 10:
            return "a,b".split("")
        if k == 11:
            return max([])
        if k == 12:
            return min([])
        if k == 13:
            return range(1, 5, 0)
        if k == 14:
            return ord("ab")
        if k == 15:
            return int(None)
    except NameError as e:
        print("NameError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)


for k in range(16):
    attempt(k)
# expect: NameError: name 'undefined_variable' is not defined
# expect: AttributeError: 'list' object has no attribute 'foo'
# expect: AttributeError: 'int' object has no attribute 'bar'
# expect: AttributeError: 'str' object has no attribute 'nope'
# expect: AttributeError: 'NoneType' object has no attribute 'x'
# expect: AttributeError: module 'sys' has no attribute 'nope'
# expect: ValueError: invalid literal for int() with base 10: 'abc'
# expect: ValueError: invalid literal for int() with base 10: '3.5'
# expect: ValueError: invalid literal for int() with base 10: ''
# expect: ValueError: could not convert string to float: '1.2.3'
# expect: ValueError: empty separator
# expect: ValueError: max() arg is an empty sequence
# expect: ValueError: min() arg is an empty sequence
# expect: ValueError: range() arg 3 must not be zero
# expect: TypeError: ord() expected a character, but string of length 2 found
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
