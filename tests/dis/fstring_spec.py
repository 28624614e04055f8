name = "pi"
x = 3.14159
width = 8
print(f"{name!r:>6} = {x:{width}.2f}|{x:,}")
