# Decorator factories: @repeat(3), @tag(name=...), and arguments captured per use.
def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(fn(*args, **kwargs))
            return results
        return wrapper
    return decorator


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("ann"))  # expect: ['hi ann', 'hi ann', 'hi ann']


@repeat(times=0)
def never():
    return 1


print(never())  # expect: []


# Each use of the factory gets its own configuration.
def prefix(p, sep=": "):
    def decorator(fn):
        def wrapper(msg):
            return p + sep + fn(msg)
        return wrapper
    return decorator


@prefix("INFO")
def info(msg):
    return msg


@prefix("WARN", sep=" - ")
def warn(msg):
    return msg.upper()


print(info("started"))  # expect: INFO: started
print(warn("disk low"))  # expect: WARN - DISK LOW


# A factory producing a validator that checks argument types.
def accepts(*types):
    def decorator(fn):
        def wrapper(*args):
            if len(args) != len(types):
                raise TypeError(fn.__name__ + " expects " + str(len(types)) + " arguments")
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return decorator


@accepts(int, str)
def label(n, s):
    return s * n


print(label(3, "ab"))  # expect: ababab
try:
    label("3", "ab")
except TypeError as e:
    print(e)  # expect: label: expected int, got str
try:
    label(1)
except TypeError as e:
    print(e)  # expect: label expects 2 arguments


# A retry decorator with a counter kept in the closure.
def retry(attempts):
    def decorator(fn):
        def wrapper(*args):
            last = None
            for i in range(attempts):
                try:
                    return fn(*args)
                except ValueError as e:
                    last = e
                    print("attempt", i + 1, "failed:", e)
            raise RuntimeError("gave up after " + str(attempts)) from last
        return wrapper
    return decorator


state = {"calls": 0}


@retry(3)
def flaky():
    state["calls"] += 1
    if state["calls"] < 3:
        raise ValueError("not yet")
    return "success on call " + str(state["calls"])


print(flaky())
# expect: attempt 1 failed: not yet
# expect: attempt 2 failed: not yet
# expect: success on call 3


@retry(2)
def always_bad():
    raise ValueError("bad")


try:
    always_bad()
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
# expect: attempt 1 failed: bad
# expect: attempt 2 failed: bad
# expect: gave up after 2 | cause: bad

# Forgetting to call the factory: the function is passed as `times`.
try:
    @repeat
    def oops():
        return 1
    oops()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError repeat.<locals>.decorator() missing 1 required positional argument: 'fn'
