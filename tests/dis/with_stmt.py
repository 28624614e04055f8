import threading

lock = threading.Lock()


def locked_get(d, k):
    with lock as held:
        if not held:
            return None
        return d[k]
