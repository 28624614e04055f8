# random.Random objects have their own state; the module's functions share
# one hidden instance, as in CPython; CPython's argument errors.
import random

r = random.Random(5)
print(r.random(), r.randint(1, 6), r.choice("xyz"))  # expect: 0.6229016948897019 6 y
r.seed(5)
print(r.random())  # expect: 0.6229016948897019
print(random.Random("seed").randrange(1000), random.Random(5).random() == random.Random(5).random())  # expect: 141 True
a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.getrandbits(16) == b.getrandbits(16))  # expect: True True
random.seed(1)
print(random.random() == random.Random(1).random())  # expect: True
print(type(r).__name__, type(random.random).__name__, isinstance(r, random.Random))  # expect: Random builtin_function_or_method True
state = r.getstate()
x = r.random()
r.setstate(state)
print(x == r.random())  # expect: True
for bad in [lambda: random.randint(1), lambda: random.randint(),
            lambda: random.randint(1, 2, 3), lambda: random.randint(1, b=2, c=3),
            lambda: random.randint(1, a=2), lambda: random.random(1),
            lambda: random.getrandbits(), lambda: random.getrandbits("a"),
            lambda: random.getrandbits(-1), lambda: random.seed(1, 2, 3),
            lambda: random.seed([1]), lambda: random.randrange(0),
            lambda: random.randrange(5, 5), lambda: random.randrange(5, 1, 0),
            lambda: random.randrange(5, 10, -1), lambda: random.randrange(1.5),
            lambda: random.randrange(1, step=2), lambda: random.uniform(1),
            lambda: random.gauss(1, 2, 3), lambda: random.Random(1, 2),
            lambda: random.expovariate(), lambda: random.setstate(5),
            lambda: random.setstate((2, (), None))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: Random.randint() missing 1 required positional argument: 'b'
# expect: TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'
# expect: TypeError: Random.randint() takes 3 positional arguments but 4 were given
# expect: TypeError: Random.randint() got an unexpected keyword argument 'c'
# expect: TypeError: Random.randint() got multiple values for argument 'a'
# expect: TypeError: Random.random() takes no arguments (1 given)
# expect: TypeError: Random.getrandbits() takes exactly one argument (0 given)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: number of bits must be non-negative
# expect: TypeError: Random.seed() takes from 1 to 3 positional arguments but 4 were given
# expect: TypeError: The only supported seed types are: None,
# expect: int, float, str, bytes, and bytearray.
# expect: ValueError: empty range for randrange()
# expect: ValueError: empty range for randrange() (5, 5, 0)
# expect: ValueError: zero step for randrange()
# expect: ValueError: empty range for randrange()
# expect: ValueError: non-integer arg 1 for randrange()
# expect: TypeError: Missing a non-None stop argument
# expect: TypeError: Random.uniform() missing 1 required positional argument: 'b'
# expect: TypeError: Random.gauss() takes from 1 to 3 positional arguments but 4 were given
# expect: TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: Random.expovariate() missing 1 required positional argument: 'lambd'
# expect: TypeError: 'int' object is not subscriptable
# expect: ValueError: state vector is the wrong size
