# f-strings with expressions.
name = "world"
n = 3
print(f"hello {name}")  # expect: hello world
print(f"{n} + {n} = {n + n}")  # expect: 3 + 3 = 6
print(f"{name.upper()} has {len(name)} letters")  # expect: WORLD has 5 letters
print(f"{[1, 'a', None]}")  # expect: [1, 'a', None]
print(f"{(1, 2)} {{}} {{'k': 1}}")  # expect: (1, 2) {} {'k': 1}
print(f"{0.1 + 0.2}")  # expect: 0.30000000000000004
print(f"{True} {None} {1.0}")  # expect: True None 1.0
print(f"{'yes' if n > 2 else 'no'}")  # expect: yes
print(f"")  # expect:
print(f"no fields")  # expect: no fields
print(f"{n}{n}{n}")  # expect: 333
print(F"capital F {n}")  # expect: capital F 3
x = f"{n * 2}"
print(type(x), x)  # expect: <class 'str'> 6


def greet(who, punct="!"):
    return f"hi {who}{punct}"


print(f"[{greet('bob')}]")  # expect: [hi bob!]
