# str.join over every kind of piece: inline short text (up to 7 ASCII
# bytes), longer heap text, empty pieces, non-ASCII text, with separators
# of zero, one and several bytes.
pieces = ["", "a", "bc", "1234567", "12345678", "é", "😀x", "", "longer text here", "7"]
for sep in ["", ",", " | ", "→"]:
    s = sep.join(pieces)
    print(repr(s), len(s))
# expect: 'abc123456712345678é😀xlonger text here7' 38
# expect: ',a,bc,1234567,12345678,é,😀x,,longer text here,7' 47
# expect: ' | a | bc | 1234567 | 12345678 | é | 😀x |  | longer text here | 7' 65
# expect: '→a→bc→1234567→12345678→é→😀x→→longer text here→7' 47
nums = [str(i) for i in range(0, 2000000, 99991)]
print(",".join(nums))  # expect: 0,99991,199982,299973,399964,499955,599946,699937,799928,899919,999910,1099901,1199892,1299883,1399874,1499865,1599856,1699847,1799838,1899829,1999820
print("".join(["x"]), "-".join(["only"]), repr("ab".join([])))  # expect: x only ''
print("".join(["a", "b"]) == "ab", hash("".join(["k", "7"])) == hash("k7"))  # expect: True True
big = "ab".join(str(i % 10) * (i % 9) for i in range(1000))
print(len(big), big[:20], big[-12:])  # expect: 5994 ab1ab22ab333ab4444ab ab88888888ab
