# Raising a class with no message prints just the class name.
# expect-exit: 1
# expect-stderr: , line 6, in <module>
# expect-stderr: RuntimeError
print("about to raise")  # expect: about to raise
raise RuntimeError
