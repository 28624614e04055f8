# BaseExceptionGroup and ExceptionGroup: checks when made, message and
# exceptions, str and repr, catching, and the boxed traceback of an
# uncaught group.
for args in [(), ("m",), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1])]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

eg = BaseExceptionGroup("m", (ValueError(1), TypeError("t")))
print(type(eg).__name__, repr(eg), eg.exceptions, eg.message, eg.args)
print(str(ExceptionGroup("one", [KeyError("k")])))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception), str(beg))
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception),
      issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))

try:
    raise ExceptionGroup("caught", [ValueError("v")])
except Exception as e:
    print("except Exception:", e)
try:
    raise ExceptionGroup("caught", [ValueError("v")])
except BaseExceptionGroup as e:
    print("except BaseExceptionGroup:", e, e.exceptions)


def fail(n):
    raise ValueError(n)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [KeyError("k"), TypeError("t")]))
    raise ExceptionGroup("outer", errors)


collect()
# expect-exit: 1
# expect-stderr:   + Exception Group Traceback (most recent call last):
# expect-stderr:   | ExceptionGroup: outer (3 sub-exceptions)
# expect-stderr:   +-+---------------- 1 ----------------
# expect-stderr:     | Traceback (most recent call last):
# expect-stderr:     | ValueError: 0
# expect-stderr:     +---------------- 2 ----------------
# expect-stderr:     | ValueError: 1
# expect-stderr:     +---------------- 3 ----------------
# expect-stderr:     | ExceptionGroup: inner (2 sub-exceptions)
# expect-stderr:     +-+---------------- 1 ----------------
# expect-stderr:       | KeyError: 'k'
# expect-stderr:       +---------------- 2 ----------------
# expect-stderr:       | TypeError: t
# expect-stderr:       +------------------------------------
# expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)
# expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: TypeError second argument (exceptions) must be a sequence
# expect: ValueError second argument (exceptions) must be a non-empty sequence
# expect: ValueError Item 0 of second argument (exceptions) is not an exception
# expect: ExceptionGroup ExceptionGroup('m', (ValueError(1), TypeError('t'))) (ValueError(1), TypeError('t')) m ('m', (ValueError(1), TypeError('t')))
# expect: one (1 sub-exception)
# expect: BaseExceptionGroup False base (1 sub-exception)
# expect: TypeError Cannot nest BaseExceptions in an ExceptionGroup
# expect: True True True True
# expect: except Exception: caught (1 sub-exception)
# expect: except BaseExceptionGroup: caught (1 sub-exception) (ValueError('v'),)
