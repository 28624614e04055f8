i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if total > 20:
        break
    total += i
else:
    print("no break")
print(total)
