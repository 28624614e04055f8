def outer():
    n = 1

    def inner():
        nonlocal n
        n += 1

    inner()
