# OSError's two-argument form: [Errno N] text, with errno/strerror/filename.
e = OSError(28, "No space left on device")
print(e)  # expect: [Errno 28] No space left on device
print(e.errno, e.strerror, e.filename)  # expect: 28 No space left on device None
print(repr(BrokenPipeError(32, "Broken pipe")))  # expect: BrokenPipeError(32, 'Broken pipe')
print(OSError(2, "No such file or directory", "data.txt"))  # expect: [Errno 2] No such file or directory: 'data.txt'
print(OSError("plain").errno, OSError("plain"))  # expect: None plain
print(isinstance(BrokenPipeError(32, "x"), ConnectionError))  # expect: True
try:
    raise PermissionError(13, "Permission denied")
except OSError as err:
    print(type(err).__name__, err.errno, err)  # expect: PermissionError 13 [Errno 13] Permission denied
