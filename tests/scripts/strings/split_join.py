# str.split and str.join.
print("a b  c".split())  # expect: ['a', 'b', 'c']
print("  leading and trailing  ".split())  # expect: ['leading', 'and', 'trailing']
print("tabs\tand\nnewlines".split())  # expect: ['tabs', 'and', 'newlines']
print("".split())  # expect: []
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print(",a,".split(","))  # expect: ['', 'a', '']
print("".split(","))  # expect: ['']
print("one::two::three".split("::"))  # expect: ['one', 'two', 'three']
print("a b c d".split(" ", 2))  # expect: ['a', 'b', 'c d']
print("a,b,c".split(",", 1))  # expect: ['a', 'b,c']
print("x".split(","))  # expect: ['x']
print(", ".join(["a", "b", "c"]))  # expect: a, b, c
print("".join(["x", "y"]))  # expect: xy
print("-".join("abc"))  # expect: a-b-c
print("+".join([]))  # expect:
print("/".join(("usr", "local")))  # expect: usr/local
words = "the quick brown fox".split()
print(" ".join(words[::-1]))  # expect: fox brown quick the
