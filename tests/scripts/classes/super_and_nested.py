# super() outside a method fails with RuntimeError; nested classes, instances in containers, identity.
def plain():
    return super()


try:
    plain()
except RuntimeError as e:
    print(type(e).__name__, e)  # expect: RuntimeError super(): no arguments


class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()

    @staticmethod
    def static_super():
        return super().hello()


print(Child().hello())  # expect: child+base hello
try:
    Child.static_super()
except RuntimeError as e:
    print(e)  # expect: super(): no arguments

# super() finds nothing beyond object.
class Lone:
    def missing(self):
        return super().nothing()


try:
    Lone().missing()
except AttributeError as e:
    print(e)  # expect: 'super' object has no attribute 'nothing'


# Nested classes are attributes of the outer class.
class Tree:
    class Node:
        def __init__(self, v):
            self.v = v
            self.children = []

        def add(self, v):
            n = Tree.Node(v)
            self.children.append(n)
            return n

    def __init__(self):
        self.root = Tree.Node("root")


t = Tree()
a = t.root.add("a")
a.add("a1")
t.root.add("b")
print(Tree.Node.__name__, Tree.Node.__qualname__)  # expect: Node Tree.Node


def walk(node, depth):
    print("  " * depth + node.v)
    for ch in node.children:
        walk(ch, depth + 1)


walk(t.root, 0)
# expect: root
# expect:   a
# expect:     a1
# expect:   b
print(isinstance(a, Tree.Node))  # expect: True


# Instances as dict values and in lists; identity with `is`.
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


inv = {}
for name, qty in [("apple", 3), ("pear", 0), ("plum", 7)]:
    inv[name] = Item(name, qty)
inv["apple"].qty += 2
total = 0
for key in inv:
    total += inv[key].qty
print(total)  # expect: 12
same = inv["plum"]
print(same is inv["plum"], same is inv["pear"])  # expect: True False
items = list(inv.values())
items.sort(key=lambda it: it.qty)
names = []
for it in items:
    names.append(it.name)
print(names)  # expect: ['pear', 'apple', 'plum']
print(items[2] is same)  # expect: True

# Instances as dict keys use identity hashing by default.
k1 = Item("k", 1)
k2 = Item("k", 1)
d = {k1: "first", k2: "second"}
print(len(d), d[k1], d[k2])  # expect: 2 first second
print(k1 in d, Item("k", 1) in d)  # expect: True False

# Instances and the same object in two lists.
shared = Item("shared", 0)
l1 = [shared]
l2 = [shared]
l1[0].qty = 99
print(l2[0].qty, l1[0] is l2[0])  # expect: 99 True
