# while loops.
i = 0
while i < 3:
    print("i =", i)
    i += 1
# expect: i = 0
# expect: i = 1
# expect: i = 2
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)  # expect: collatz steps 111
items = [1, 2, 3]
while items:
    print(items.pop())
# expect: 3
# expect: 2
# expect: 1
while False:
    print("never")
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)  # expect: 5
