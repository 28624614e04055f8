def ok():
    yield 1

squares = [(yield x) for x in range(5)]
