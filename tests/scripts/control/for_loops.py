# for over ranges, lists, tuples, strings and dicts.
for i in range(3):
    print(i, end=",")
print()  # expect: 0,1,2,
for i in range(5, 0, -2):
    print(i, end=";")
print()  # expect: 5;3;1;
for w in ["a", "b"]:
    print(w.upper(), end="")
print()  # expect: AB
for ch in "hey":
    print(ch, end=".")
print()  # expect: h.e.y.
d = {"one": 1, "two": 2}
for k in d:
    print(k, d[k])
# expect: one 1
# expect: two 2
for k, v in d.items():
    print(f"{k}={v}")
# expect: one=1
# expect: two=2
for x in []:
    print("never")
for i in range(3):
    pass
print("after loop i =", i)  # expect: after loop i = 2
total = 0
for i in range(1, 101):
    total += i
print(total)  # expect: 5050
for i in range(2):
    for j in range(2):
        print(i, j)
# expect: 0 0
# expect: 0 1
# expect: 1 0
# expect: 1 1
