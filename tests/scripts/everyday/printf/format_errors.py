# CPython's exact errors from printf-style formatting, and that formatting stops at the first one.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

show("%s %s", (1,))  # expect: TypeError not enough arguments for format string
show("%s", ())  # expect: TypeError not enough arguments for format string
show("%d", ())  # expect: TypeError not enough arguments for format string
show("%s", (1, 2))  # expect: TypeError not all arguments converted during string formatting
show("%d %d", (1, 2, 3))  # expect: TypeError not all arguments converted during string formatting
show("x", 1)  # expect: TypeError not all arguments converted during string formatting
show("x", (1,))  # expect: TypeError not all arguments converted during string formatting
show("%d", "7")  # expect: TypeError %d format: a real number is required, not str
show("%i", None)  # expect: TypeError %i format: a real number is required, not NoneType
show("%u", [1])  # expect: TypeError %u format: a real number is required, not list
show("%d", ("s",))  # expect: TypeError %d format: a real number is required, not str
show("%x", 1.0)  # expect: TypeError %x format: an integer is required, not float
show("%X", "a")  # expect: TypeError %X format: an integer is required, not str
show("%o", None)  # expect: TypeError %o format: an integer is required, not NoneType
show("%f", "x")  # expect: TypeError must be real number, not str
show("%(k)s", (1,))  # expect: TypeError format requires a mapping
show("%(k)s", ["k"])  # expect: TypeError list indices must be integers or slices, not str
show("%z", 1)  # expect: ValueError unsupported format character 'z' (0x7a) at index 1
show("abc %z", 1)  # expect: ValueError unsupported format character 'z' (0x7a) at index 5
show("%s %z", (1, 2))  # expect: ValueError unsupported format character 'z' (0x7a) at index 4
show("%5.2z", 1)  # expect: ValueError unsupported format character 'z' (0x7a) at index 4
show("%-05q", 1)  # expect: ValueError unsupported format character 'q' (0x71) at index 4
show("%", ())  # expect: ValueError incomplete format
show("%", 1)  # expect: ValueError incomplete format
show("abc %", 1)  # expect: ValueError incomplete format
show("%5", 1)  # expect: ValueError incomplete format
show("%.", 1.0)  # expect: ValueError incomplete format
show("%(a", {"a": 1})  # expect: ValueError incomplete format key
show("%c", "ab")  # expect: TypeError %c requires int or char
show("%c", "")  # expect: TypeError %c requires int or char
show("%c", 1.5)  # expect: TypeError %c requires int or char
show("%c", None)  # expect: TypeError %c requires int or char
show("%c", -1)  # expect: OverflowError %c arg not in range(0x110000)
show("%c", 0x110000)  # expect: OverflowError %c arg not in range(0x110000)
show("%*d", ("3", 1))  # expect: TypeError * wants int
show("%.*d", (None, 1))  # expect: TypeError * wants int
show("%*.*f", (5, "2", 1.0))  # expect: TypeError * wants int
show("%s %", (1, 2))  # expect: ValueError incomplete format
# each conversion checks its own argument, left to right
show("%d %s", ("x", 1))  # expect: TypeError %d format: a real number is required, not str
show("%s %d", (1, "x"))  # expect: TypeError %d format: a real number is required, not str
# a conversion error is raised before an argument-count error
show("%d", ("x", 2))  # expect: TypeError %d format: a real number is required, not str
# arguments run out before the bad character at the end is reached
show("%s %s %y", (1,))  # expect: TypeError not enough arguments for format string
# bad arguments but no conversions
show("", (1,))  # expect: TypeError not all arguments converted during string formatting
show("", ())  # expect: ''
show("", {})  # expect: ''
