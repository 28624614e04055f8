# Free variables that are not (yet, or any longer) bound raise NameError with 3.11's text.
def before_assignment():
    def inner():
        return x

    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return inner()


print(before_assignment())
# expect: NameError cannot access free variable 'x' where it is not associated with a value in enclosing scope
# expect: 1


def after_del():
    y = "here"

    def inner():
        return y

    print(inner())
    del y
    try:
        inner()
    except NameError as e:
        print(e)
    y = "back"
    print(inner())


after_del()
# expect: here
# expect: cannot access free variable 'y' where it is not associated with a value in enclosing scope
# expect: back


# The enclosing function itself reads its own cell variable: that is a local-style error.
def own_read():
    def inner():
        return z

    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()


print(own_read())
# expect: UnboundLocalError cannot access local variable 'z' where it is not associated with a value
# expect: 3


# Deleting through nonlocal unbinds the cell for everyone.
def del_nonlocal():
    v = 10

    def drop():
        nonlocal v
        del v

    def read():
        return v

    print(read())
    drop()
    try:
        read()
    except NameError as e:
        print(e)


del_nonlocal()
# expect: 10
# expect: cannot access free variable 'v' where it is not associated with a value in enclosing scope


# NameError from an unknown global name inside a closure.
def unknown():
    def inner():
        return not_defined_anywhere
    return inner


try:
    unknown()()
except NameError as e:
    print(e)  # expect: name 'not_defined_anywhere' is not defined


# Deleting an already-unbound cell variable.
def double_del():
    w = 1

    def use():
        return w

    del w
    try:
        del w
    except NameError as e:
        print(type(e).__name__, e)


double_del()
# expect: UnboundLocalError cannot access local variable 'w' where it is not associated with a value
