# A file whose last line has no newline.
print("no newline at end")  # expect: no newline at end