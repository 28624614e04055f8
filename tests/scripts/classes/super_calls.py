# super().m(...) in its fast form and every case that must fall back.


class Base:
    def greet(self, who):
        return f"base greets {who}"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Child(Base):
    def greet(self, who):
        return "child, then " + super().greet(who)

    def make_name(self):
        return super().make()

    def help(self):
        return super().helper(21)

    def missing(self):
        return super().nothing()


class GrandChild(Child):
    def greet(self, who):
        return "grandchild, then " + super().greet(who)


g = GrandChild()
seen = []
for _ in range(3):
    seen.append(g.greet("ada"))
print(seen[0] == seen[2], seen[2])  # expect: True grandchild, then child, then base greets ada
print(Child().make_name(), g.make_name())  # expect: Child GrandChild
print(g.help())  # expect: 42
try:
    g.missing()
except AttributeError as e:
    print(e)  # expect: 'super' object has no attribute 'nothing'


Base.greet = lambda self, who: f"patched greets {who}"
print(g.greet("bob"))  # expect: grandchild, then child, then patched greets bob
