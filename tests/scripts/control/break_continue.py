# break and continue, including in nested loops (they affect the innermost).
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
# expect: 1
# expect: 3
# expect: 5
# expect: 7
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == i:
            continue
        print(i, j)
# expect: 0 1
# expect: 1 0
# expect: 2 0
# expect: 2 1
n = 0
while n < 10:
    n += 1
    if n < 8:
        continue
    print("n", n)
# expect: n 8
# expect: n 9
# expect: n 10
found = None
for word in ["apple", "banana", "cherry"]:
    if "n" in word:
        found = word
        break
print(found)  # expect: banana
