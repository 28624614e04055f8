# A comment on its own line.
    # An indented comment at module level is fine too.
"""A module docstring is just an expression statement."""


def f():
    """A function docstring; f still returns None."""


def g(x):
    "single-quoted docstring"
    # comment before the body
    return x * 2  # trailing comment


print(f())  # expect: None
print(g(21))  # expect: 42
print("# not a comment")  # expect: # not a comment
print('a#b')  # expect: a#b
1 + 2  # an expression statement prints nothing when run from a file
g(1)
x = 5  # comment after code
# comment at end of file without trailing code
print(x)  # expect: 5
