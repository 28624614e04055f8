# A syntax error anywhere stops the program before any line runs.
# expect-exit: 1
# expect-stderr: SyntaxError
print("never printed")
x = (1 +
