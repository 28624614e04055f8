# Without a leading string, __doc__ is None.
x = 1
"""Not a docstring: not the first statement."""
print(__doc__)
# expect: None
