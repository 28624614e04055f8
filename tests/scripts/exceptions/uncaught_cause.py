# An uncaught `raise A from B` prints both tracebacks joined by the direct-cause line.
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: KeyError: 'id'
# expect-stderr: The above exception was the direct cause of the following exception:
# expect-stderr: LookupFailed: no user with that id


class LookupFailed(Exception):
    pass


def find(users, key):
    try:
        return users[key]
    except KeyError as e:
        raise LookupFailed("no user with that id") from e


users = {"name": "ann"}
print(find(users, "name"))  # expect: ann
find(users, "id")
