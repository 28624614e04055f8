# choice, shuffle, sample and choices, step by step as CPython's
# random.py draws, so every pick matches python3's.
import random

random.seed(7)
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(100, 200)))  # expect: c 1 150
print(random.choice((None, True)), random.choice({0: "zero", 1: "one"}))  # expect: None zero
xs = list(range(20))
random.shuffle(xs)
print(xs)  # expect: [9, 5, 2, 8, 7, 4, 14, 19, 10, 18, 13, 12, 15, 16, 0, 6, 1, 11, 3, 17]
words = ["ant", "bee", "cat", "dog", "eel"]
random.shuffle(words)
print(words)  # expect: ['bee', 'cat', 'ant', 'dog', 'eel']
print(random.sample(range(100), 10))  # expect: [5, 71, 17, 37, 53, 18, 69, 15, 73, 39]
print(random.sample(range(10), 10))  # expect: [8, 2, 1, 4, 6, 7, 9, 0, 3, 5]
print(random.sample(["a", "b", "c", "d"], 2), random.sample("xyz", 0))  # expect: ['b', 'd'] []
print(random.sample(range(1000000), 5))  # expect: [713451, 557549, 448363, 814983, 329407]
print(random.sample(range(50), 20), random.sample(range(30), 7), random.sample(range(200), 7))  # expect: [29, 37, 49, 23, 19, 15, 11, 44, 5, 36, 45, 33, 31, 21, 28, 18, 4, 7, 26, 41] [24, 10, 4, 15, 13, 1, 21] [19, 195, 142, 146, 80, 87, 177]
print(random.sample("xyz", 3, counts=[1, 2, 3]), random.sample(["r", "b"], k=4, counts=[4, 2]))  # expect: ['y', 'z', 'z'] ['b', 'r', 'r', 'b']
print(random.choices("abc", k=5), random.choices("abc"))  # expect: ['c', 'b', 'b', 'a', 'c'] ['b']
print(random.choices("abc", [1, 0, 5], k=5))  # expect: ['c', 'c', 'c', 'c', 'c']
print(random.choices("abc", cum_weights=[0.5, 1.0, 3.0], k=5))  # expect: ['a', 'c', 'b', 'a', 'a']
print(random.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4], k=6))  # expect: [3, 1, 1, 2, 3, 0]


class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q", "J"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v


d = Deck()
random.shuffle(d)
print(d.cards, random.choice(d))  # expect: ['A', 'Q', 'K', 'J'] Q

random.seed(0)
big = list(range(1000))
random.shuffle(big)
print(big[:10], sum(big))  # expect: [439, 621, 160, 549, 237, 389, 658, 507, 124, 290] 499500

for bad in [lambda: random.choice([]), lambda: random.choice(5),
            lambda: random.sample([1, 2], 3), lambda: random.sample({1: 2}, 1),
            lambda: random.sample(range(3), -1), lambda: random.sample([1, 2]),
            lambda: random.sample([1, 2], 1, [1, 1]),
            lambda: random.sample("ab", 1, counts=[1]),
            lambda: random.sample("ab", 1, counts=[0, 0]),
            lambda: random.choices([1, 2], 3), lambda: random.choices([1, 2], [1]),
            lambda: random.choices([1, 2], [0, 0]),
            lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
            lambda: random.shuffle((1, 2))]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# expect: IndexError: Cannot choose from an empty sequence
# expect: TypeError: object of type 'int' has no len()
# expect: ValueError: Sample larger than population or is negative
# expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
# expect: ValueError: Sample larger than population or is negative
# expect: TypeError: Random.sample() missing 1 required positional argument: 'k'
# expect: TypeError: Random.sample() takes 3 positional arguments but 4 were given
# expect: ValueError: The number of counts does not match the population
# expect: ValueError: Total of counts must be greater than zero
# expect: TypeError: The number of choices must be a keyword argument: k=3
# expect: ValueError: The number of weights does not match the population
# expect: ValueError: Total of weights must be greater than zero
# expect: TypeError: Cannot specify both weights and cumulative weights
# expect: TypeError: 'tuple' object does not support item assignment
