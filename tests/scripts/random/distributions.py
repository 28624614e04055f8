# The real-valued draws (uniform, triangular, gauss, normalvariate,
# expovariate), seeded: CPython's formulas over CPython's numbers.
import random

random.seed(123)
print(random.uniform(1, 5), random.uniform(2.5, -1), random.uniform(0, 0))  # expect: 1.2094543954037773 2.194846628670787 0.0
print(random.triangular(), random.triangular(1, 10, 3), random.triangular(0, 1, 1))  # expect: 0.2320562808226046 7.505111086833075 0.19532963447035476
print(random.triangular(5, 5), random.triangular(high=2.0))  # expect: 5.0 0.8151045313451274
print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1), random.gauss(mu=1, sigma=0.5))  # expect: 0.3529214268998316 9.054802486496698 -0.4695527782004237 1.3846557133557718
print(random.normalvariate(), random.normalvariate(100, 15), random.expovariate(2))  # expect: -0.11981835108531083 102.70020069475882 0.18950334997217205
print(random.expovariate(0.5), random.random())  # expect: 1.1895804150114353 0.9053986522844989

# gauss keeps its second value for the next call; seeding forgets it.
random.seed(5)
a = random.gauss()
random.seed(5)
print(a == random.gauss(), random.gauss() != a)  # expect: True True

# getstate/setstate replay a stretch of draws.
state = random.getstate()
draws = [random.random(), random.gauss(), random.randrange(50)]
random.setstate(state)
print(draws == [random.random(), random.gauss(), random.randrange(50)])  # expect: True
print(len(state), state[0], len(state[1]))  # expect: 3 3 625
