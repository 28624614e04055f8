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
