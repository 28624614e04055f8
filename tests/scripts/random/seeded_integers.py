# Seeded, the random module draws exactly CPython's numbers (MT19937 with
# CPython's seeding), so this script's output is python3's.
import random

random.seed(42)
print(random.randint(1, 100), random.random())  # expect: 82 0.11133106816568039
print(random.randrange(10), random.randrange(3, 30, 4), random.randrange(30, 3, -7))  # expect: 4 7 23
print(random.randint(-5, 5), random.randint(7, 7), random.randrange(-10, -2))  # expect: -3 7 -9
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32))  # expect: 1 906070220 136505587
print(random.getrandbits(33), random.getrandbits(63), random.getrandbits(0))  # expect: 127978094 2145917995920697483 0
print(random.randrange(10 ** 18), random.randint(-2 ** 62, 2 ** 62))  # expect: 694080340840347345 3127088741924030710
print(random.random(), random.random())  # expect: 0.2204406220406967 0.5892656838759087

random.seed(0)
rolls = []
for i in range(20):
    rolls.append(random.randint(1, 6))
print(rolls)  # expect: [4, 4, 1, 3, 5, 4, 4, 3, 4, 3, 5, 2, 5, 2, 3, 2, 1, 5, 3, 5]

# Reseeding repeats the sequence.
random.seed(2024)
first = [random.random(), random.randrange(100)]
random.seed(2024)
print(first == [random.random(), random.randrange(100)])  # expect: True

# Seeds: negative ints use their magnitude, bools are ints, floats hash,
# strs go through SHA-512.
for seed in [-42, 42, True, 0, 2 ** 40 + 5, 2 ** 62 + 12345, 1.5, -0.25, "hello", "",
             "héllo wörld, a longer seed string"]:
    random.seed(seed)
    print(repr(seed), random.random())
# expect: -42 0.6394267984578837
# expect: 42 0.6394267984578837
# expect: True 0.13436424411240122
# expect: 0 0.8444218515250481
# expect: 1099511627781 0.5043802970418443
# expect: 4611686018427400249 0.4898862820590555
# expect: 1.5 0.551763726942059
# expect: -0.25 0.8538447723761984
# expect: 'hello' 0.3537754404730722
# expect: '' 0.9602256525641875
# expect: 'héllo wörld, a longer seed string' 0.8757653652802436
random.seed("abc", version=1)
print(random.random())  # expect: 0.09639374978773074
random.seed("x", version=2)
print(random.randrange(1000))  # expect: 645
