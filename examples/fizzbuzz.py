# FizzBuzz, three ways: if/elif chains, string building with `or`, and a
# dict of rules; f-string padding lays the results out in columns. Run it with:
#   cargo run --release -- run examples/fizzbuzz.py [COUNT]
# COUNT (default 30) is how many numbers the table shows.
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=12
import sys

COUNT = 30
if len(sys.argv) > 1:
    COUNT = int(sys.argv[1])

def classic(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


def concatenated(n):
    word = ""
    if n % 3 == 0:
        word += "Fizz"
    if n % 5 == 0:
        word += "Buzz"
    return word or str(n)


RULES = {3: "Fizz", 5: "Buzz", 7: "Bazz"}


def ruled(n):
    word = ""
    for divisor, name in RULES.items():
        if n % divisor == 0:
            word += name
    return word if word else str(n)


for n in range(1, 101):
    if classic(n) != concatenated(n):
        print("mismatch at", n)

row = []
for n in range(1, COUNT + 1):
    row.append(f"{classic(n):^10}")
    if len(row) == 5:
        print("|" + "|".join(row) + "|")
        row = []
if row:
    print("|" + "|".join(row) + "|")

counts = {}
for n in range(1, 106):
    word = ruled(n)
    if word != str(n):
        counts[word] = counts.get(word, 0) + 1
print()
print("words for 1..105 with a Bazz rule for 7:")
for word in sorted(counts):
    print(f"{word:<14}{counts[word]:>3}")
print(f"first number with all three words: {105}, {ruled(105)!r}")
