# Messages of IndexError, KeyError and related ValueErrors.
lst = [1, 2, 3]
tup = (1, 2)
s = "ab"
d = {"a": 1}
empty = []


def attempt(n):
    try:
        if n == 0:
            return lst[3]
        if n == 1:
            return lst[-4]
        if n == 2:
            return tup[2]
        if n == 3:
            return s[5]
        if n == 4:
            lst[10] = 0
        if n == 5:
            return empty.pop()
        if n == 6:
            return lst.pop(7)
        if n == 7:
            return d["missing"]
        if n == 8:
            return d[42]
        if n == 9:
            return d[(1, "x")]
        if n == 10:
            lst.remove(99)
        if n == 11:
            return lst.index(99)
        if n == 12:
            return range(3)[5]
        if n == 13:
            return {}.pop("gone")
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except ValueError as e:
        print("ValueError:", e)


for n in range(14):
    attempt(n)
# expect: IndexError: list index out of range
# expect: IndexError: list index out of range
# expect: IndexError: tuple index out of range
# expect: IndexError: string index out of range
# expect: IndexError: list assignment index out of range
# expect: IndexError: pop from empty list
# expect: IndexError: pop index out of range
# expect: KeyError: 'missing'
# expect: KeyError: 42
# expect: KeyError: (1, 'x')
# expect: ValueError: list.remove(x): x not in list
# expect: ValueError: 99 is not in list
# expect: IndexError: range object index out of range
# expect: KeyError: 'gone'
