# What counts as false: False, None, 0, 0.0, "", [], (), {}, empty range.
values = [False, None, 0, 0.0, -0.0, "", [], (), {}, range(0),
          True, 1, -1, 0.1, "0", " ", [0], (None,), {"": 0}, range(1)]
for v in values:
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
# expect: False false
# expect: None false
# expect: 0 false
# expect: 0.0 false
# expect: -0.0 false
# expect: '' false
# expect: [] false
# expect: () false
# expect: {} false
# expect: range(0, 0) false
# expect: True true
# expect: 1 true
# expect: -1 true
# expect: 0.1 true
# expect: '0' true
# expect: ' ' true
# expect: [0] true
# expect: (None,) true
# expect: {'': 0} true
# expect: range(0, 1) true
print(bool(float("nan")))  # expect: True
