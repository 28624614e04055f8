# finally runs when leaving via return, break or continue.
def f():
    try:
        return "returned"
    finally:
        print("finally on return")


print(f())
# expect: finally on return
# expect: returned
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("finally", i)
# expect: body 0
# expect: finally 0
# expect: finally 1
for i in range(3):
    try:
        if i < 2:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
# expect: cleanup 0
# expect: cleanup 1
# expect: body 2
# expect: cleanup 2


def value_at_return():
    x = "first"
    try:
        return x
    finally:
        x = "changed"


print(value_at_return())  # expect: first


def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")


print(nested_finally())
# expect: inner
# expect: outer
# expect: 1


def in_except():
    try:
        raise ValueError("v")
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")


print(in_except())
# expect: finally after except return
# expect: from except
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
# expect: while finally 1
# expect: while finally 2
# expect: while finally 3
