# Concatenation, repetition, len, iteration, comparison; strings are immutable.
a = "foo"
b = "bar"
print(a + b)  # expect: foobar
print(a * 3, 2 * b)  # expect: foofoofoo barbar
print(repr("x" * 0), repr("x" * -2))  # expect: '' ''
print(len(a + b))  # expect: 6
s = ""
for ch in "abc":
    s = ch + s
print(s)  # expect: cba
s += "!"
print(s)  # expect: cba!
print("abc" == "ab" + "c")  # expect: True
print(str(12) + "3")  # expect: 123
try:
    a[0] = "F"
except TypeError as e:
    print(e)  # expect: 'str' object does not support item assignment
count = 0
for c in "mississippi":
    if c == "s":
        count += 1
print(count)  # expect: 4
