# Calling a function through a global: the function called is the one the
# name held when it was loaded, whatever the arguments do to the name.
def first(x):
    return "first " + str(x)

def second(x):
    return "second " + str(x)

def rebind(x):
    global target
    target = second
    return x

target = first
print(target(rebind(1)))  # expect: first 1
print(target(2))  # expect: second 2

def nested(x):
    return x * 10

def outer():
    # The argument's own call of a global lends and returns its function too.
    return nested(nested(nested(1)))

print(outer(), outer())  # expect: 1000 1000

def keep():
    f = nested
    g = nested
    return f(1) + g(2) + nested(3)

print(keep(), keep())  # expect: 60 60

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(20), fact(5))  # expect: 2432902008176640000 120

def apply(f, x):
    return f(x)

print(apply(nested, 4), apply(fact, 4))  # expect: 40 24

def missing():
    try:
        return undefined_function(1)
    except NameError as e:
        return str(e)

print(missing())  # expect: name 'undefined_function' is not defined

def delete_and_call():
    global target
    f = target
    del target
    try:
        target(1)
    except NameError as e:
        print(e)
    target = f
    print(target(3))

delete_and_call()
# expect: name 'target' is not defined
# expect: second 3

# A type called with one local is lent to the call too, and comes back.
def kind_of_str():
    return str

def convert(items):
    out = []
    kind = str
    for x in items:
        out.append(str(x))
        out.append(kind(x) == str(x))
        out.append(int(str(x)) + 1)
    return out

print(convert([1, 22]), str(3), str is kind_of_str())  # expect: ['1', True, 2, '22', True, 23] 3 True

def fake(x):
    return "fake"

def shadow_str():
    global str
    str = fake
    v = 5
    result = str(v)
    del str
    return result, str(v)

print(shadow_str())  # expect: ('fake', '5')
