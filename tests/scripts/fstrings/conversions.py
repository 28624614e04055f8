# !r and !s conversions.
s = "it's"
t = "text"
print(f"{t}")  # expect: text
print(f"{t!s}")  # expect: text
print(f"{t!r}")  # expect: 'text'
print(f"{s!r}")  # expect: "it's"
print(f"{'a' + 'b'!r}")  # expect: 'ab'
print(f"{1.5!r} {[1, 'x']!s}")  # expect: 1.5 [1, 'x']
print(f"{None!r}")  # expect: None
print(f"{t!r:>8}|")  # expect:   'text'|
nl = "a\nb"
print(f"{nl!r} {nl!r:>8}")  # expect: 'a\nb'   'a\nb'
