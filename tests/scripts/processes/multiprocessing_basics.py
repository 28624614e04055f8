# multiprocessing: Process, Queue and Pool. Children share nothing with the
# parent: what they need is copied to them, what they send back is copied.
import multiprocessing as mp

total = 0


def add_to_total(n, results):
    global total
    total += n
    results.put(("child total", total))


def produce(q, n):
    for i in range(n):
        q.put({"item": i, "squares": [i * i]})
    q.put(None)


def crash():
    raise KeyError("lost")


def square(x):
    return x * x


def name_length(_):
    return len(mp.current_process().name) > 0


class Greeter(mp.Process):
    def __init__(self, q, greeting):
        super().__init__()
        self.q = q
        self.greeting = greeting

    def run(self):
        self.q.put(self.greeting + " from a subclass")


if __name__ == "__main__":
    print(mp.current_process().name)
    results = mp.Queue()
    p = mp.Process(target=add_to_total, args=(5, results))
    print(p.is_alive(), p.exitcode)
    p.start()
    print(results.get())
    p.join()
    print("parent total", total, "exitcode", p.exitcode, "alive", p.is_alive())

    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 3))
    p.start()
    items = []
    while (item := q.get()) is not None:
        items.append(item)
    p.join()
    print(items)

    p = mp.Process(target=crash, name="Crasher")
    p.start()
    p.join()
    print(p.name, "exitcode", p.exitcode)

    g = Greeter(q, "hello")
    g.start()
    g.join()
    print(q.get(), g.exitcode)

    with mp.Pool(processes=2) as pool:
        print(pool.map(square, range(6)))
        print(pool.starmap(pow, [(2, 5), (3, 3)]))
        print(pool.apply(square, (9,)))
        r = pool.apply_async(square, (4,))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(list(pool.imap(square, [3, 2, 1])))
        print(sorted(pool.imap_unordered(square, [3, 2, 1])))
        print(all(pool.map(name_length, range(4))))
        try:
            pool.map(crash_free := square, ["x"])
        except TypeError as e:
            print("TypeError from a worker:", e)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(e)
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)
    q.put([1, 2])
    print(q.get(timeout=5), q.empty())
# expect: MainProcess
# expect: False None
# expect: ('child total', 5)
# expect: parent total 0 exitcode 0 alive False
# expect: [{'item': 0, 'squares': [0]}, {'item': 1, 'squares': [1]}, {'item': 2, 'squares': [4]}]
# expect: Crasher exitcode 1
# expect: hello from a subclass 0
# expect: [0, 1, 4, 9, 16, 25]
# expect: [32, 27]
# expect: 81
# expect: 16 True True
# expect: [9, 4, 1]
# expect: [1, 4, 9]
# expect: True
# expect: TypeError from a worker: can't multiply sequence by non-int of type 'str'
# expect: Pool not running
# expect: Number of processes must be at least 1
# expect: [1, 2] True
# expect-stderr: Process Crasher:
# expect-stderr: KeyError: 'lost'
