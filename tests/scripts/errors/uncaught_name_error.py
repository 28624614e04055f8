# expect-exit: 1
# expect-stderr: , line 6, in f
# expect-stderr: NameError: name 'undefined_thing' is not defined
def f():
    print("in f")
    return undefined_thing


f()  # expect: in f
