# An assignment expression may not rebind the variable of the
# comprehension it is in.
squares = [x := x * x for x in range(3)]
