# __str__ and __repr__: print, str(), repr(), containers, f-strings and fallbacks.
class Both:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "Both:" + str(self.v)

    def __repr__(self):
        return "Both(" + repr(self.v) + ")"


x = Both("hi")
print(x)  # expect: Both:hi
print(str(x))  # expect: Both:hi
print(repr(x))  # expect: Both('hi')
print([x, Both(2)])  # expect: [Both('hi'), Both(2)]
print((x,))  # expect: (Both('hi'),)
print({"k": x})  # expect: {'k': Both('hi')}
print(f"{x}")  # expect: Both:hi
print(f"{x!r}")  # expect: Both('hi')
print(f"{x!s}|{x!r}")  # expect: Both:hi|Both('hi')
print("value: " + str(x))  # expect: value: Both:hi
print(x, Both(1), sep=" & ")  # expect: Both:hi & Both:1


# Only __repr__: str() falls back to it.
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"


r = ReprOnly()
print(r, str(r), repr(r), [r])  # expect: <ReprOnly> <ReprOnly> <ReprOnly> [<ReprOnly>]
print(f"{r}")  # expect: <ReprOnly>


# Only __str__: repr() and containers use the default repr, so just compare behaviour.
class StrOnly:
    def __str__(self):
        return "str-only"


s = StrOnly()
print(s)  # expect: str-only
print(repr(s).startswith("<__main__.StrOnly object at "))  # expect: True
print(str([s]).startswith("[<__main__.StrOnly object at "))  # expect: True


# __repr__ inherited and using type(self).__name__.
class Base:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.n) + ")"


class Child(Base):
    pass


class Loud(Base):
    def __str__(self):
        return "LOUD " + str(self.n)


print([Base(1), Child(2), Loud(3)])  # expect: [Base(1), Child(2), Loud(3)]
print(Loud(3), Child(4))  # expect: LOUD 3 Child(4)


# Nested containers of objects.
class Node:
    def __init__(self, val, kids):
        self.val = val
        self.kids = kids

    def __repr__(self):
        return f"Node({self.val!r}, {self.kids!r})"


tree = Node("root", [Node("a", []), Node("b", [Node("c", [])])])
print(tree)  # expect: Node('root', [Node('a', []), Node('b', [Node('c', [])])])


# __str__ must return a str.
class BadStr:
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError as e:
    print(e)  # expect: __str__ returned non-string (type int)


class BadRepr:
    def __repr__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print(e)  # expect: __repr__ returned non-string (type NoneType)


# An exception inside __str__ propagates from print.
class Raising:
    def __str__(self):
        raise ValueError("no str for you")


try:
    print(Raising())
except ValueError as e:
    print("caught", e)  # expect: caught no str for you
