# ProcessPoolExecutor: each worker is a process of its own (in gilvm, an
# interpreter with its own GIL); functions and values are copied to it and
# results copied back.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait

hits = 0


def square(x):
    return x * x


def count_hit(_):
    # Changes the worker's own global, never the parent's.
    global hits
    hits += 1
    return hits > 0


def fail(x):
    raise ValueError("bad %d" % x)


def tagged(item):
    name, values = item
    values.append(name)
    return {name: values}


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(8))))
        futures = [ex.submit(square, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(futures)))
        done, not_done = wait(futures)
        print(len(done), len(not_done))
        print(all(ex.map(count_hit, range(4))), "hits in the parent:", hits)
        data = ["a", [1, 2]]
        print(ex.submit(tagged, data).result(), "and here still", data)
        f = ex.submit(fail, 7)
        try:
            f.result()
        except ValueError as e:
            print("caught", e)
            print("cause:", type(e.__cause__).__name__, "bad 7" in str(e.__cause__))
        lam = ex.submit(lambda: 1)
        print(type(lam.exception()).__name__)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print(e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print(e)
# expect: [0, 1, 4, 9, 16, 25, 36, 49]
# expect: [0, 1, 4, 9, 16]
# expect: 5 0
# expect: True hits in the parent: 0
# expect: {'a': [1, 2, 'a']} and here still ['a', [1, 2]]
# expect: caught bad 7
# expect: cause: _RemoteTraceback True
# expect: PicklingError
# expect: cannot schedule new futures after shutdown
# expect: max_workers must be greater than 0
