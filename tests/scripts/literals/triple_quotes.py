# Triple-quoted strings span lines and may contain unescaped quotes.
s = """first line
second 'quoted' and "double" line
third"""
print(s)
# expect: first line
# expect: second 'quoted' and "double" line
# expect: third
t = '''single "triple" quotes'''
print(t)  # expect: single "triple" quotes
u = """
starts with a newline"""
print(len(u.split("\n")))  # expect: 2
v = """joined \
by backslash"""
print(v)  # expect: joined by backslash
w = """escapes\tstill\twork"""
print(w)  # expect: escapes	still	work
print(repr("""a
b"""))  # expect: 'a\nb'
print("""x""" == "x")  # expect: True
