# repr() of strings: quote choice and escapes.
print(repr("plain"))  # expect: 'plain'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(repr("tab\tnew\nline\r"))  # expect: 'tab\tnew\nline\r'
print(repr("back\\slash"))  # expect: 'back\\slash'
print(repr("\x00\x1f\x7f"))  # expect: '\x00\x1f\x7f'
print(repr("café"))  # expect: 'café'
print(repr(""))  # expect: ''
print(str("it's"))  # expect: it's
print(["it's", 'say "hi"', "a\nb"])  # expect: ["it's", 'say "hi"', 'a\nb']
print(repr(repr("x")))  # expect: "'x'"
