# `except Exception` catches every built-in error; the first matching clause wins.
def trigger(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return [][0]
    if n == 2:
        return {}["k"]
    if n == 3:
        return int("x")
    if n == 4:
        return "a" + 1
    if n == 5:
        return nope
    if n == 6:
        return (1).nope
    if n == 7:
        raise RuntimeError("rt")
    if n == 8:
        raise OverflowError("of")


for n in range(9):
    try:
        trigger(n)
    except Exception as e:
        print(type(e))
# expect: <class 'ZeroDivisionError'>
# expect: <class 'IndexError'>
# expect: <class 'KeyError'>
# expect: <class 'ValueError'>
# expect: <class 'TypeError'>
# expect: <class 'NameError'>
# expect: <class 'AttributeError'>
# expect: <class 'RuntimeError'>
# expect: <class 'OverflowError'>
try:
    raise ValueError("v")
except TypeError:
    print("wrong")
except ValueError:
    print("first match")  # expect: first match
except Exception:
    print("too late")
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("tuple of classes", repr(e))  # expect: tuple of classes KeyError('k')
try:
    raise IndexError("i")
except:
    print("bare except")  # expect: bare except
print(isinstance(RecursionError("r"), RuntimeError))  # expect: True
print(isinstance(ZeroDivisionError(), Exception))  # expect: True
print(isinstance(KeyError(), ValueError))  # expect: False
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("RecursionError is a RuntimeError:", e)  # expect: RecursionError is a RuntimeError: deep
