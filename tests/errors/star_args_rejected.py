def total(first, *rest):
    return first
