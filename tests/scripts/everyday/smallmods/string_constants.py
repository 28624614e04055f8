# The string module's constants and a few things people build with them.
import string

print(string.ascii_lowercase)  # expect: abcdefghijklmnopqrstuvwxyz
print(string.ascii_uppercase)  # expect: ABCDEFGHIJKLMNOPQRSTUVWXYZ
print(string.ascii_letters)  # expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ
print(string.digits)  # expect: 0123456789
print(string.hexdigits)  # expect: 0123456789abcdefABCDEF
print(string.octdigits)  # expect: 01234567
print(string.punctuation)  # expect: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
print(repr(string.whitespace))  # expect: ' \t\n\r\x0b\x0c'
print(repr(string.printable))  # expect: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c'
print(len(string.ascii_letters), len(string.punctuation), len(string.printable))  # expect: 52 32 100
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)  # expect: True

def is_identifier_like(s):
    ok = string.ascii_letters + string.digits + "_"
    return s != "" and s[0] not in string.digits and all(ch in ok for ch in s)

print([is_identifier_like(w) for w in ["abc", "a_1", "1a", "a-b", ""]])  # expect: [True, True, False, False, False]

def strip_punct(text):
    return "".join(ch for ch in text if ch not in string.punctuation)

print(strip_punct("Hello, world! (It's me.)"))  # expect: Hello world Its me

def caesar(text, shift):
    lower = string.ascii_lowercase
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)

print(caesar("hello world", 3), caesar(caesar("hello world", 3), -3))  # expect: khoor zruog hello world
print(all(c in string.hexdigits for c in "deadBEEF"), "g" in string.hexdigits)  # expect: True False
print(string.capwords("the quick  brown fox"))  # expect: The Quick Brown Fox
letters = {ch: i for i, ch in enumerate(string.ascii_lowercase, 1)}
print(sum(letters[ch] for ch in "abc"), letters["z"])  # expect: 6 26
print(string.ascii_uppercase[::5])  # expect: AFKPUZ
