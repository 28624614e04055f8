def outer():
    n = 1

    def inner():
        return n + 1

    return inner()
