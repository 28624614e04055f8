# Every built-in exception class CPython 3.11 has, with its base, so a
# script that catches EOFError or ConnectionResetError finds the name.
names = [
    (EOFError, Exception), (ConnectionResetError, ConnectionError),
    (ConnectionAbortedError, ConnectionError), (ConnectionRefusedError, ConnectionError),
    (FileExistsError, OSError), (IsADirectoryError, OSError),
    (NotADirectoryError, OSError), (InterruptedError, OSError),
    (BlockingIOError, OSError), (ChildProcessError, OSError),
    (ProcessLookupError, OSError), (UnicodeError, ValueError),
    (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError),
    (SyntaxError, Exception), (IndentationError, SyntaxError), (TabError, IndentationError),
    (ReferenceError, Exception), (BufferError, Exception), (SystemError, Exception),
    (FloatingPointError, ArithmeticError), (StopAsyncIteration, Exception),
    (FutureWarning, Warning), (PendingDeprecationWarning, Warning),
    (SyntaxWarning, Warning), (ImportWarning, Warning), (UnicodeWarning, Warning),
    (BytesWarning, Warning), (ResourceWarning, Warning),
]
print(all(issubclass(c, base) for c, base in names), len(names))
# expect: True 29
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
# expect: True True OSError
try:
    raise ConnectionResetError("peer went away")
except ConnectionError as e:
    print(type(e).__name__, e)
# expect: ConnectionResetError peer went away
try:
    raise EOFError
except Exception as e:
    print(repr(e))
# expect: EOFError()
