# A script's first string is its docstring, __doc__ (comments before it
# do not count as statements).
"""Word counter.

Counts the words of a text, one thread per chunk."""

print(__doc__.splitlines()[0])
# expect: Word counter.
print(len(__doc__.splitlines()))
# expect: 3


def helper():
    "A function's docstring is its own."
    return __doc__.split()[0]


print(helper(), helper.__doc__)
# expect: Word A function's docstring is its own.
