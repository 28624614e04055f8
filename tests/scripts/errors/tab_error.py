# Inconsistent tabs and spaces in indentation are a TabError.
# expect-exit: 1
# expect-stderr: TabError
print("never printed")
if True:
        x = 1
	y = 2
