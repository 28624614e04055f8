# Nested try statements; an unmatched inner handler lets the error through.
try:
    try:
        raise KeyError("k")
    except ValueError:
        print("inner wrong type")
    print("not reached")
except KeyError:
    print("outer caught KeyError")  # expect: outer caught KeyError
try:
    try:
        raise ValueError("v")
    except ValueError:
        print("inner handled")  # expect: inner handled
    print("continues after inner")  # expect: continues after inner
except ValueError:
    print("never")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("from handler")
    finally:
        print("inner finally")  # expect: inner finally
except IndexError as e:
    print("outer:", e)  # expect: outer: from handler
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print("ok", i)
    except ValueError as e:
        print("failed", e)
# expect: ok 0
# expect: failed 1
# expect: ok 2
