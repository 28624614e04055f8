# print(x) uses str(x); repr(x) differs only for strings (at top level).
values = [1, 1.5, "text", "it's", None, True, [1, "a"], (2,), {"k": "v"}]
for v in values:
    print(str(v), "|", repr(v))
# expect: 1 | 1
# expect: 1.5 | 1.5
# expect: text | 'text'
# expect: it's | "it's"
# expect: None | None
# expect: True | True
# expect: [1, 'a'] | [1, 'a']
# expect: (2,) | (2,)
# expect: {'k': 'v'} | {'k': 'v'}
print(repr(1.0), repr(-0.0), repr(1e16))  # expect: 1.0 -0.0 1e+16
print(repr(range(0, 3)))  # expect: range(0, 3)
print(repr(ValueError("a")), str(ValueError("a")))  # expect: ValueError('a') a
