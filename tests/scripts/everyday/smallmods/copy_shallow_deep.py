# copy.copy vs copy.deepcopy on nested lists, dicts and user objects, plus __copy__/__deepcopy__.
import copy

grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0].append(99)
grid.append([5])
print(grid)  # expect: [[1, 2, 99], [3, 4], [5]]
print(shallow)  # expect: [[1, 2, 99], [3, 4]]
print(deep)  # expect: [[1, 2], [3, 4]]
print(shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])  # expect: False True False

config = {"name": "app", "tags": ["a", "b"], "db": {"port": 5432}}
c1 = copy.copy(config)
c2 = copy.deepcopy(config)
config["tags"].append("c")
config["db"]["port"] = 1
config["name"] = "other"
print(c1)  # expect: {'name': 'app', 'tags': ['a', 'b', 'c'], 'db': {'port': 1}}
print(c2)  # expect: {'name': 'app', 'tags': ['a', 'b'], 'db': {'port': 5432}}

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)  # expect: True True
tl = ([1], 2)
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)  # expect: False True
print(copy.copy("abc"), copy.deepcopy(42))  # expect: abc 42

shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
dup[0].append(1)
print(dup, dup[0] is dup[1], shared)  # expect: [[0, 1], [0, 1]] True [0]

loop = [1]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2[1] is loop2, loop2[1] is loop)  # expect: True False

class Player:
    def __init__(self, name, items):
        self.name = name
        self.items = items

p = Player("ann", ["sword"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append("shield")
print(p2.name, p2.items, p3.items, type(p3).__name__, p3 is p)  # expect: ann ['sword', 'shield'] ['sword'] Player False

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def __copy__(self):
        print("copying", self.value)
        n = Node(self.value)
        n.children = self.children
        return n

    def __deepcopy__(self, memo):
        print("deep copying", self.value)
        n = Node(self.value)
        n.children = copy.deepcopy(self.children, memo)
        return n

root = Node("root")
root.children.append(Node("leaf"))
r1 = copy.copy(root)  # expect: copying root
r2 = copy.deepcopy(root)  # expect: deep copying root
# expect: deep copying leaf
print(r1.children is root.children, r2.children is root.children, r2.children[0].value)  # expect: True False leaf
