# Doubled braces, quotes inside replacement fields, escapes in the literal part.
d = {"k": "v", "n": 5}
print(f"{{}}")  # expect: {}
print(f"{{x}} is {d['k']}")  # expect: {x} is v
print(f'{d["n"] * 2}')  # expect: 10
print(f"a{{{d['n']}}}b")  # expect: a{5}b
print(f"tab\there {d['n']}")  # expect: tab	here 5
print(f"""triple {d["k"]} 'quoted'""")  # expect: triple v 'quoted'
print(f"it's {d['n']}")  # expect: it's 5
print(f'say "{d["k"]}"')  # expect: say "v"
items = ["x", "y"]
print(f"{', '.join(items)}")  # expect: x, y
print(f"{len(items)} items: {items[0]}..{items[-1]}")  # expect: 2 items: x..y
print("a" f"{1}" 'b' f'{2}')  # expect: a1b2
