# `a as b` belongs to a with statement: anywhere else it is invalid
# syntax, as in CPython.
import threading

lock = threading.Lock()
held = (lock as taken)
