# After an `except ... as e` block ends, the name e is deleted.
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)  # expect: inside: division by zero
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
saved = None
try:
    raise ValueError("keep me")
except ValueError as e:
    saved = e
print(repr(saved))  # expect: ValueError('keep me')
# The name is cleared even when the handler body raises.
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise TypeError("from handler")
except TypeError as e2:
    print(e2)  # expect: from handler
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined


def leave_by_return():
    try:
        raise KeyError("k")
    except KeyError as e:
        return "returned"


print(leave_by_return())  # expect: returned
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as e:
        if i == 0:
            continue
        break
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
