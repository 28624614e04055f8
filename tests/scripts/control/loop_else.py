# for/else and while/else: the else runs when the loop ends without break.
for i in range(3):
    pass
else:
    print("for finished")  # expect: for finished
for i in range(3):
    if i == 1:
        break
else:
    print("never")
print("broke at", i)  # expect: broke at 1
for x in []:
    pass
else:
    print("empty loop else")  # expect: empty loop else


def find(items, target):
    for idx in range(len(items)):
        if items[idx] == target:
            print("found at", idx)
            break
    else:
        print("not found")


find([4, 5, 6], 5)  # expect: found at 1
find([4, 5, 6], 9)  # expect: not found
n = 0
while n < 2:
    n += 1
else:
    print("while finished", n)  # expect: while finished 2
while True:
    break
else:
    print("never")
for i in range(2):
    continue
else:
    print("continue does not skip else")  # expect: continue does not skip else
