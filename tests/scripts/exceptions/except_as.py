# `except E as e`: str(e) is the message, repr(e) shows the class and args.
try:
    raise ValueError("bad")
except ValueError as e:
    print(e)  # expect: bad
    print(repr(e))  # expect: ValueError('bad')
    print(type(e))  # expect: <class 'ValueError'>
    print(isinstance(e, ValueError), isinstance(e, Exception))  # expect: True True
try:
    {}["k"]
except KeyError as e:
    print(e)  # expect: 'k'
    print(repr(e))  # expect: KeyError('k')
try:
    1 // 0
except ZeroDivisionError as e:
    print(repr(e))  # expect: ZeroDivisionError('integer division or modulo by zero')
try:
    raise TypeError
except TypeError as e:
    print(repr(str(e)), repr(e))  # expect: '' TypeError()
try:
    raise RuntimeError("it's \"quoted\"")
except RuntimeError as e:
    print(e)  # expect: it's "quoted"
    print(repr(e))  # expect: RuntimeError('it\'s "quoted"')
try:
    raise ValueError(42)
except ValueError as e:
    print(e, repr(e))  # expect: 42 ValueError(42)
try:
    raise Exception("generic")
except Exception as e:
    print(f"got {e!r} / {e}")  # expect: got Exception('generic') / generic
err = ValueError("kept")
print(err, [err])  # expect: kept [ValueError('kept')]
