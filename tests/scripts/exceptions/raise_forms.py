# raise with an instance, with a class, and with a variable.
def attempt(n):
    try:
        if n == 0:
            raise ValueError("with message")
        if n == 1:
            raise ValueError
        if n == 2:
            raise ValueError()
        if n == 3:
            e = KeyError("stored")
            raise e
        if n == 4:
            cls = IndexError
            raise cls("from variable")
    except Exception as err:
        print(repr(err), "|", err, "|")


for n in range(5):
    attempt(n)
# expect: ValueError('with message') | with message |
# expect: ValueError() |  |
# expect: ValueError() |  |
# expect: KeyError('stored') | 'stored' |
# expect: IndexError('from variable') | from variable |
try:
    raise Exception("base")
except Exception as e:
    print(type(e), e)  # expect: <class 'Exception'> base
print(ValueError, RecursionError)  # expect: <class 'ValueError'> <class 'RecursionError'>
