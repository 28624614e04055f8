"""functools: the Rust half (`_functools`: reduce, partial, wraps,
update_wrapper) and what is written in Python here."""

from _functools import reduce, partial, wraps, update_wrapper, WRAPPER_ASSIGNMENTS
