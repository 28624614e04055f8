# Width, alignment and fill. Strings default to left, numbers to right.
s = "ab"
n = 42
print(f"[{s:>8}]")  # expect: [      ab]
print(f"[{s:<8}]")  # expect: [ab      ]
print(f"[{s:^8}]")  # expect: [   ab   ]
print(f"[{s:^7}]")  # expect: [  ab   ]
print(f"[{s:8}]")  # expect: [ab      ]
print(f"[{n:8}]")  # expect: [      42]
print(f"[{n:<8}]")  # expect: [42      ]
print(f"[{n:^8}]")  # expect: [   42   ]
print(f"[{n:*^9}]")  # expect: [***42****]
print(f"[{s:->6}]")  # expect: [----ab]
print(f"[{s:.<6}]")  # expect: [ab....]
print(f"[{'toolong':>3}]")  # expect: [toolong]
print(f"[{-7:>5}]")  # expect: [   -7]
print(f"[{1.5:>6}]")  # expect: [   1.5]
print(f"[{True:>6}]")  # expect: [     1]
print(f"[{str(True):>6}]")  # expect: [  True]
