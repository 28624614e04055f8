# A break or continue in a finally body discards a pending return value.


def continue_over_return():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"


print(continue_over_return())  # expect: 2


def break_over_return():
    for i in range(5):
        try:
            return i
        finally:
            break
    return "broke"


print(break_over_return())  # expect: broke


def nested_loops():
    total = 0
    for i in range(3):
        for j in range(3):
            try:
                return (i, j)
            finally:
                total += 1
                if j < 2:
                    continue
        total += 100
    return total


print(nested_loops())  # expect: (0, 2)


def while_continue():
    n = 0
    while n < 4:
        n += 1
        try:
            try:
                return n
            finally:
                print("inner", n)
        finally:
            if n < 3:
                continue
    return "done"


print(while_continue())
# expect: inner 1
# expect: inner 2
# expect: inner 3
# expect: 3


def return_over_return():
    for i in range(3):
        try:
            return "first"
        finally:
            return "second"


print(return_over_return())  # expect: second
