def chain(first, rest):
    got = yield first
    try:
        yield from rest
    finally:
        print("done", got)
    return got
