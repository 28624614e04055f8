# Blank lines (also ones holding only spaces) never end or start blocks.



def f():

    x = 1


    y = 2
    
    return x + y



print(f())  # expect: 3
for i in range(2):

    print(i)

# expect: 0
# expect: 1
