# Counter: counting, most_common with ties, elements, update/subtract and arithmetic.
from collections import Counter

c = Counter("abracadabra")
print(c)  # expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
print(c["a"], c["z"])  # expect: 5 0
print(c.most_common())  # expect: [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)]
print(c.most_common(2))  # expect: [('a', 5), ('b', 2)]
print(c.most_common(0))  # expect: []
print(list(c.elements()))  # expect: ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'r', 'r', 'c', 'd']
print(c.total())  # expect: 11

ties = Counter(["x", "y", "z", "y", "x"])
print(ties.most_common())  # expect: [('x', 2), ('y', 2), ('z', 1)]
print(ties.most_common(1))  # expect: [('x', 2)]

words = Counter({"red": 3, "blue": 1})
print(words)  # expect: Counter({'red': 3, 'blue': 1})
words.update(["blue", "blue", "green"])
print(words)  # expect: Counter({'red': 3, 'blue': 3, 'green': 1})
words.update({"red": 2})
print(words)  # expect: Counter({'red': 5, 'blue': 3, 'green': 1})
words.subtract(["red", "green", "green"])
print(words)  # expect: Counter({'red': 4, 'blue': 3, 'green': -1})
print(sorted(words.elements()))  # expect: ['blue', 'blue', 'blue', 'red', 'red', 'red', 'red']

a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b)  # expect: Counter({'a': 4, 'b': 3, 'c': 1})
print(a - b)  # expect: Counter({'a': 2})
print(b - a)  # expect: Counter({'b': 1, 'c': 1})
print(a & b)  # expect: Counter({'a': 1, 'b': 1})
print(a | b)  # expect: Counter({'a': 3, 'b': 2, 'c': 1})
print(a == Counter({"a": 3, "b": 1}))  # expect: True
print(Counter())  # expect: Counter()
print(Counter([3, 1, 3, 2, 3]))  # expect: Counter({3: 3, 1: 1, 2: 1})
print(dict(Counter("hello")))  # expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1}

inv = Counter(apples=0, pears=-2, plums=4)
print(inv)  # expect: Counter({'plums': 4, 'apples': 0, 'pears': -2})
print(+inv)  # expect: Counter({'plums': 4})
print(-inv)  # expect: Counter({'pears': 2})
del inv["plums"]
print(inv)  # expect: Counter({'apples': 0, 'pears': -2})
print(len(Counter("mississippi")), sum(Counter("mississippi").values()))  # expect: 4 11

# the classic: top words in a text
text = "the quick brown fox jumps over the lazy dog the fox"
for word, n in Counter(text.split()).most_common(3):
    print(word, n)  # expect: the 3
    # expect: fox 2
    # expect: quick 1
