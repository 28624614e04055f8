# Class attributes vs instance attributes: lookup order, shadowing, mutation, counters.
class Config:
    level = 1
    tags = []
    count = 0

    def __init__(self, name):
        self.name = name
        Config.count += 1

    def bump_wrong(self):
        self.level += 10

    def bump_class(self):
        Config.level += 1


a = Config("a")
b = Config("b")
print(Config.count, a.count, b.count)  # expect: 2 2 2
print(a.level, b.level, Config.level)  # expect: 1 1 1

# Assigning on the instance shadows the class attribute for that instance only.
a.level = 5
print(a.level, b.level, Config.level)  # expect: 5 1 1

# Changing the class attribute is seen by instances that do not shadow it.
Config.level = 2
print(a.level, b.level, Config.level)  # expect: 5 2 2

# self.x += ... reads the class value and writes an instance attribute.
b.bump_wrong()
print(b.level, Config.level)  # expect: 12 2
b.bump_class()
print(b.level, Config.level)  # expect: 12 3

# Deleting the instance attribute uncovers the class attribute again.
del a.level
print(a.level)  # expect: 3

# A mutable class attribute is shared by all instances.
a.tags.append("x")
b.tags.append("y")
print(Config.tags, a.tags is b.tags)  # expect: ['x', 'y'] True

# __dict__ of instance shows only instance attributes.
print(a.__dict__)  # expect: {'name': 'a'}
print(b.__dict__)  # expect: {'name': 'b', 'level': 12}
print("level" in Config.__dict__, "name" in Config.__dict__)  # expect: True False


# The class body runs like code: statements, loops and class-level names.
class Table:
    size = 3
    squares = []
    for i in range(size):
        squares.append(i * i)
    doubled = size * 2
    if doubled > 5:
        big = True
    else:
        big = False
    print("class body ran", size)  # expect: class body ran 3

    def get(self):
        return Table.squares


print(Table.squares, Table.doubled, Table.big, Table.i)  # expect: [0, 1, 4] 6 True 2
print(Table().get())  # expect: [0, 1, 4]
print(Table.__name__)  # expect: Table

# Methods cannot see class-level names unqualified.
class Scope:
    value = 10

    def read(self):
        try:
            return value
        except NameError as e:
            return str(e)

    def read_ok(self):
        return self.value + Scope.value


print(Scope().read())  # expect: name 'value' is not defined
print(Scope().read_ok())  # expect: 20

# An instance counter using type(self).
class Counted:
    made = 0

    def __init__(self):
        type(self).made += 1
        self.serial = type(self).made


xs = [Counted(), Counted(), Counted()]
print(Counted.made, xs[0].serial, xs[2].serial)  # expect: 3 1 3
