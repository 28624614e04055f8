# copy of instances without __init__, __getstate__/__setstate__, __reduce__, exceptions, methods and the memo.
import copy

class Counter:
    created = 0

    def __init__(self, start):
        Counter.created += 1
        print("__init__ runs", start)
        self.value = start
        self.history = [start]

c = Counter(5)  # expect: __init__ runs 5
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c.history.append(6)
print(Counter.created, type(c2).__name__, c2.value, c2.history, c3.history, c2.history is c.history)  # expect: 1 Counter 5 [5, 6] [5] True

class Session:
    def __init__(self, user):
        self.user = user
        self.cache = {"warm": True}

    def __getstate__(self):
        print("getstate")
        return {"user": self.user}

    def __setstate__(self, state):
        print("setstate", state)
        self.user = state["user"]
        self.cache = {}

s = copy.deepcopy(Session("ann"))  # expect: getstate
# expect: setstate {'user': 'ann'}
print(s.user, s.cache)  # expect: ann {}

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __reduce__(self):
        print("reduce")
        return (Point, (self.x, self.y))

p = copy.copy(Point(1, [2]))  # expect: reduce
print(p.x, p.y)  # expect: 1 [2]

class Tree:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Tree("root")
leaf = root.add(Tree("leaf"))
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is leaf, root2.children[0].name)  # expect: True False leaf

memo = {}
shared = [1, 2]
pair = copy.deepcopy([shared, shared], memo)
print(memo[id(shared)] is pair[0], pair[0] is pair[1])  # expect: True True

err = ValueError("bad", 7)
print(repr(copy.copy(err)), repr(copy.deepcopy(err)), copy.copy(err) is err)  # expect: ValueError('bad', 7) ValueError('bad', 7) False

class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message, code)
        self.code = code

e2 = copy.deepcopy(AppError("down", 503))
print(repr(e2), e2.code)  # expect: AppError('down', 503) 503

class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name

g = Greeter("ann")
bound = copy.deepcopy(g.hello)
g.name = "bob"
print(bound(), copy.copy(g.hello)())  # expect: hello ann hello bob

def gen():
    yield 1

try:
    copy.deepcopy([gen()])
except TypeError as e:
    print(e)  # expect: cannot pickle 'generator' object
print(copy.Error is copy.error, issubclass(copy.Error, Exception))  # expect: True True
