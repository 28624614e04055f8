# Adjacent string literals are joined at compile time.
s = "abc" 'def'
print(s)  # expect: abcdef
t = ("first part, "
     "second part, "
     'third part')
print(t)  # expect: first part, second part, third part
print("a" """b""" 'c')  # expect: abc
n = 3
print("n = " f"{n}" "!")  # expect: n = 3!
print(len("ab" "cd"))  # expect: 4
