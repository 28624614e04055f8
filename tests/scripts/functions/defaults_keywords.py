# Parameters with defaults; keyword arguments at call sites.
def describe(name, age=30, city="Paris"):
    return f"{name}, {age}, {city}"


print(describe("Ann"))  # expect: Ann, 30, Paris
print(describe("Bob", 25))  # expect: Bob, 25, Paris
print(describe("Cy", city="Rome"))  # expect: Cy, 30, Rome
print(describe(city="Oslo", name="Di"))  # expect: Di, 30, Oslo
print(describe("Ed", 40, "Lima"))  # expect: Ed, 40, Lima
print(describe(age=5, name="Fay"))  # expect: Fay, 5, Paris


def power(base, exp=2):
    return base ** exp


print(power(3), power(2, 10), power(exp=3, base=2))  # expect: 9 1024 8
LIMIT = 10


def clamp(x, hi=LIMIT):
    return hi if x > hi else x


print(clamp(50), clamp(5), clamp(50, hi=20))  # expect: 10 5 20


def show(a, b=None):
    if b is None:
        return "no b"
    return b


print(show(1), show(1, 0), repr(show(1, b="")))  # expect: no b 0 ''
