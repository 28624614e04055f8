# Exceptions unwind through calls until a matching handler is found.
def level3(x):
    print("level3 start")
    result = 10 // x
    print("level3 end")
    return result


def level2(x):
    print("level2 start")
    r = level3(x)
    print("level2 end")
    return r


def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -1


print(level1(5))
# expect: level2 start
# expect: level3 start
# expect: level3 end
# expect: level2 end
# expect: 2
print(level1(0))
# expect: level2 start
# expect: level3 start
# expect: level1 caught: integer division or modulo by zero
# expect: -1


def thrower(kind):
    if kind == "v":
        raise ValueError("v!")
    if kind == "k":
        raise KeyError("k!")
    return "fine"


def middle(kind):
    try:
        return thrower(kind)
    except ValueError:
        return "middle handled ValueError"


for kind in ["v", "k", "x"]:
    try:
        print(middle(kind))
    except KeyError as e:
        print("top handled", repr(e))
# expect: middle handled ValueError
# expect: top handled KeyError('k!')
# expect: fine
