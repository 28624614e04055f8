# Blocks are delimited by indentation; any consistent width works, and
# several blocks can end on the same line.
x = 3
if x > 1:
  print("two spaces")  # expect: two spaces
  if x > 2:
        print("eight spaces")  # expect: eight spaces
        if x > 2:
         print("nine spaces")  # expect: nine spaces
print("back to zero")  # expect: back to zero


def f(n):
    total = 0
    for i in range(n):

        # a comment at an odd indentation inside the block
   # and one dedented below the block's indentation
        total = total + i
            # comment deeper than the block

    return total


print(f(4))  # expect: 6

while x > 0:
    x = x - 1
    if x == 1:
        print("one")  # expect: one
else:
    print("done", x)  # expect: done 0
