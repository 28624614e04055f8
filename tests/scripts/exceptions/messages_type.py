# Messages of TypeErrors from operators, indexing and builtins.
i = 5
n = None
s = "abc"
lst = [1]
tup = (1, 2)


def attempt(k):
    try:
        if k == 0:
            return i + s
        if k == 1:
            return s + i
        if k == 2:
            return lst + tup
        if k == 3:
            return s - s
        if k == 4:
            return i < s
        if k == 5:
            return n < i
        if k == 6:
            return i[0]
        if k == 7:
            return n[0]
        if k == 8:
            return i()
        if k == 9:
            return len(i)
        if k == 10:
            return {lst: 1}
        if k == 11:
            return s * 2.0
        if k == 12:
            return lst["a"]
        if k == 13:
            return s["a"]
        if k == 14:
            return tup["a"]
        if k == 15:
            return -s
        if k == 16:
            return 1 in i
        if k == 17:
            for x in i:
                pass
        if k == 18:
            tup[0] = 1
        if k == 19:
            s[0] = "x"
        if k == 20:
            return ",".join([1, 2])
        if k == 21:
            return sorted([1, "a"])
        if k == 22:
            return i * n
        if k == 23:
            return lst < s
    except TypeError as e:
        print(e)


for k in range(24):
    attempt(k)
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: can only concatenate str (not "int") to str
# expect: can only concatenate list (not "tuple") to list
# expect: unsupported operand type(s) for -: 'str' and 'str'
# expect: '<' not supported between instances of 'int' and 'str'
# expect: '<' not supported between instances of 'NoneType' and 'int'
# expect: 'int' object is not subscriptable
# expect: 'NoneType' object is not subscriptable
# expect: 'int' object is not callable
# expect: object of type 'int' has no len()
# expect: unhashable type: 'list'
# expect: can't multiply sequence by non-int of type 'float'
# expect: list indices must be integers or slices, not str
# expect: string indices must be integers, not 'str'
# expect: tuple indices must be integers or slices, not str
# expect: bad operand type for unary -: 'str'
# expect: argument of type 'int' is not iterable
# expect: 'int' object is not iterable
# expect: 'tuple' object does not support item assignment
# expect: 'str' object does not support item assignment
# expect: sequence item 0: expected str instance, int found
# expect: '<' not supported between instances of 'str' and 'int'
# expect: unsupported operand type(s) for *: 'int' and 'NoneType'
# expect: '<' not supported between instances of 'list' and 'str'
