try:
    int("x")
except ValueError as e:
    raise KeyError("k") from e
