# Implicit line joining inside (), [] and {}, and explicit joining with a
# backslash at the end of a line.
total = (1 +
         2 +
    3)
print(total)  # expect: 6

items = [
    "a",  # comments are allowed inside brackets
    "b",
        "c",
]
print(items)  # expect: ['a', 'b', 'c']

d = {
    "one": 1,
    "two":
        2,
}
print(d)  # expect: {'one': 1, 'two': 2}

def add(a,
        b,
        c=10):
    return a + \
        b + c

print(add(1,
          2))  # expect: 13

value = 1 + \
    2 + \
    3
print(value)  # expect: 6

if value == 6 and \
   total == 6:
    print("both six")  # expect: both six

t = (
    1,
    2,
)
print(t)  # expect: (1, 2)
print(len([
]))  # expect: 0
