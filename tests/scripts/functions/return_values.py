# return with and without a value; multiple values come back as a tuple.
def nothing():
    pass


def bare():
    return


def early(x):
    if x > 0:
        return "positive"
    print("not positive")


def two():
    return 1, 2


def returns_list():
    return [1, 2]


print(nothing(), bare())  # expect: None None
print(early(5))  # expect: positive
print(early(-5))
# expect: not positive
# expect: None
print(two())  # expect: (1, 2)
a, b = two()
print(a + b)  # expect: 3
print(returns_list()[1])  # expect: 2
print(two()[0])  # expect: 1


def loop_return(items):
    for x in items:
        while True:
            if x > 1:
                return x
            break
    return -1


print(loop_return([0, 1, 5, 7]), loop_return([]))  # expect: 5 -1
