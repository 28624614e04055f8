# A return in finally replaces the pending return value or exception.
def override_return():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(override_return())  # expect: finally
print(swallow())  # expect: swallowed


def replace_exception():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("second")


try:
    replace_exception()
except RuntimeError as e:
    print(repr(e))  # expect: RuntimeError('second')
