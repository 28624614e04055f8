# str.format's errors, with CPython's messages.
cases = [
    ("{} {}", (1,), {}),
    ("{} {0}", (1,), {}),
    ("{0} {}", (1,), {}),
    ("{x}", (), {"y": 1}),
    ("{}", (), {}),
    ("a{", (), {}),
    ("a}", (), {}),
    ("}{", (), {}),
    ("{0!x}", (1,), {}),
    ("{0!}", (1,), {}),
    ("{0!rr}", (1,), {}),
    ("{0!r", (1,), {}),
    ("{0:", (1,), {}),
    ("{0", (1,), {}),
    ("{0[}", ([1],), {}),
    ("{0]}", (1,), {}),
    ("{0[0]x}", ([1],), {}),
    ("{0.}", (1,), {}),
    ("{0[]}", (1,), {}),
    ("{0.b}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{0[-1]}", ([1],), {}),
    ("{ 0 }", (1,), {}),
    ("{:d}", ("x",), {}),
    ("{:x}", (1.5,), {}),
    ("{:s}", (1,), {}),
    ("{:>5}", (None,), {}),
    ("{:{:{:{}}}}", (1, 2, 3, 4), {}),
    ("{0:{1}}", (1, "{"), {}),
    ("{:{}}", (1,), {}),
    ("{a{b}", (), {}),
    ("{:99999999999999999999}", (1,), {}),
]
for template, args, kwargs in cases:
    try:
        print(repr(template.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(template, "->", type(e).__name__ + ":", e)
# expect: {} {} -> IndexError: Replacement index 1 out of range for positional args tuple
# expect: {} {0} -> ValueError: cannot switch from automatic field numbering to manual field specification
# expect: {0} {} -> ValueError: cannot switch from manual field specification to automatic field numbering
# expect: {x} -> KeyError: 'x'
# expect: {} -> IndexError: Replacement index 0 out of range for positional args tuple
# expect: a{ -> ValueError: Single '{' encountered in format string
# expect: a} -> ValueError: Single '}' encountered in format string
# expect: }{ -> ValueError: Single '}' encountered in format string
# expect: {0!x} -> ValueError: Unknown conversion specifier x
# expect: {0!} -> ValueError: unmatched '{' in format spec
# expect: {0!rr} -> ValueError: expected ':' after conversion specifier
# expect: {0!r -> ValueError: unmatched '{' in format spec
# expect: {0: -> ValueError: unmatched '{' in format spec
# expect: {0 -> ValueError: expected '}' before end of string
# expect: {0[} -> ValueError: expected '}' before end of string
# expect: {0]} -> KeyError: '0]'
# expect: {0[0]x} -> ValueError: Only '.' or '[' may follow ']' in format field specifier
# expect: {0.} -> ValueError: Empty attribute in format string
# expect: {0[]} -> ValueError: Empty attribute in format string
# expect: {0.b} -> AttributeError: 'int' object has no attribute 'b'
# expect: {0[5]} -> IndexError: list index out of range
# expect: {0[k]} -> KeyError: 'k'
# expect: {0[-1]} -> TypeError: list indices must be integers or slices, not str
# expect: { 0 } -> KeyError: ' 0 '
# expect: {:d} -> ValueError: Unknown format code 'd' for object of type 'str'
# expect: {:x} -> ValueError: Unknown format code 'x' for object of type 'float'
# expect: {:s} -> ValueError: Unknown format code 's' for object of type 'int'
# expect: {:>5} -> TypeError: unsupported format string passed to NoneType.__format__
# expect: {:{:{:{}}}} -> ValueError: Max string recursion exceeded
# expect: {0:{1}} -> ValueError: Unknown format code '{' for object of type 'int'
# expect: {:{}} -> IndexError: Replacement index 1 out of range for positional args tuple
# expect: {a{b} -> ValueError: unexpected '{' in field name
# expect: {:99999999999999999999} -> ValueError: Too many decimal digits in format string
for mapping in [{}, [1], 1]:
    try:
        print("{a}".format_map(mapping))
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: KeyError: 'a'
# expect: TypeError: list indices must be integers or slices, not str
# expect: TypeError: 'int' object is not subscriptable
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
# expect: Format string contains positional fields
try:
    "x".format_map()
except TypeError as e:
    print(e)
# expect: str.format_map() takes exactly one argument (0 given)


class BadFormat:
    def __format__(self, spec):
        return 5


class Plain:
    pass


for value in [BadFormat(), Plain()]:
    try:
        print("{:x}".format(value))
    except TypeError as e:
        print(e)
# expect: __format__ must return a str, not int
# expect: unsupported format string passed to Plain.__format__
