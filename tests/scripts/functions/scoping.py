# Assignment anywhere in a function makes the name local to the whole function.
x = "global"


def reads():
    return x


def assigns():
    x = "local"
    return x


def reads_then_assigns():
    print(x)
    x = "local"


print(reads(), assigns(), x)  # expect: global local global
try:
    reads_then_assigns()
except NameError as e:
    print(e)  # expect: cannot access local variable 'x' where it is not associated with a value


def params_are_local(x):
    x = x + 1
    return x


print(params_are_local(1), x)  # expect: 2 global


def loop_var():
    for i in range(3):
        pass
    return i


print(loop_var())  # expect: 2
try:
    print(i)
except NameError as e:
    print(e)  # expect: name 'i' is not defined


def calls_later():
    return defined_after()


def defined_after():
    return "ok"


print(calls_later())  # expect: ok
