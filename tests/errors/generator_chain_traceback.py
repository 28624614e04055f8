# An exception deep in a chain of generators resumed by for loops and
# yield from: the traceback lists every frame, outermost first.
def leaf():
    yield 1
    raise ValueError("boom")

def middle():
    yield from leaf()

def top():
    for v in middle():
        yield v

for x in top():
    print(x)
