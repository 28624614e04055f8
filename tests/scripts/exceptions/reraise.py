# Bare `raise` re-raises the exception being handled.
def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise


try:
    risky()
except ZeroDivisionError as e:
    print("outer got:", e)
# expect: logging and re-raising
# expect: outer got: division by zero
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("converted " + str(e))
except ValueError as e:
    print(e)  # expect: converted 'inner'
try:
    try:
        raise IndexError("idx")
    except IndexError:
        try:
            raise TypeError("nested")
        except TypeError:
            pass
        raise
except IndexError as e:
    print("still the IndexError:", e)  # expect: still the IndexError: idx
saved = RuntimeError("saved")
try:
    raise saved
except RuntimeError as e:
    print(e is saved)  # expect: True
