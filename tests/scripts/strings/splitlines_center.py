# splitlines breaks at \r, \r\n and the other Unicode line boundaries.
print("a\r\nb\rc\nd".splitlines())  # expect: ['a', 'b', 'c', 'd']
print("a\r\nb\rc\n".splitlines(True))  # expect: ['a\r\n', 'b\r', 'c\n']
print("x\x0by\x0cz\x1cw".splitlines())  # expect: ['x', 'y', 'z', 'w']
print("p\x85q\u2028r\u2029s".splitlines())  # expect: ['p', 'q', 'r', 's']
print("a\n\nb\n".splitlines(keepends=False))  # expect: ['a', '', 'b']
print("".splitlines(), "\n".splitlines(), "\r\r\n".splitlines())  # expect: [] [''] ['', '']
# center puts the odd space on the left only when the width is odd too.
print("[" + "abc".center(8, "*") + "]")  # expect: [**abc***]
print("[" + "x".center(4) + "]")  # expect: [ x  ]
print("[" + "ab".center(5, "-") + "]")  # expect: [--ab-]
print("[" + "abc".center(6, ".") + "]")  # expect: [.abc..]
print("[" + "a".center(2, ".") + "]")  # expect: [a.]
